namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

/// <summary>A repayment agreement: the person repays <c>categorie</c> by <c>montantMensuel</c> from <c>du</c> (to <c>au</c>).</summary>
internal sealed record ConventionRequest(Guid? FicheId, string? Categorie, decimal? MontantMensuel, DateOnly? Du, DateOnly? Au, string? Remarque);
