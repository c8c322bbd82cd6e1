namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

/// <summary>
/// A write-off of a person's debt in one category: amount (at most the open debt), date, reason and the decision's
/// reference. <c>compte</c> picks the debt account when the category has several (else the first one).
/// </summary>
internal sealed record RemiseDetteRequest(Guid? FicheId, string? Categorie, decimal? Montant, DateOnly? Date, string? Motif, string? Decision, string? Compte);
