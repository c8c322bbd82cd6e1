using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.DetteSociale;

/// <summary>The remission recorded and the entry it posted (charge « remise de dette » against the debt account).</summary>
internal sealed record RemiseDetteResponse(Guid Id, Guid FicheId, string Categorie, decimal Montant, string Motif, string? Decision, Guid? AutoriseePar, EcritureResponse Ecriture);
