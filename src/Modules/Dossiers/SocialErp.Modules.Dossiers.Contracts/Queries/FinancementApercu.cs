using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

namespace SocialErp.Modules.Dossiers.Contracts.Queries;

/// <summary>
/// A dossier's funding as others may read it: convention, main funder and kind, the amount in its mode
/// (<c>ModeMontant</c> = total | taux-horaire | forfait), the planned total and the co-funders with their parts
/// (<c>Repartition</c> = pourcentage | montant).
/// </summary>
public sealed record FinancementApercu(
    string? ConventionReference,
    DateOnly? ConventionDu,
    DateOnly? ConventionAu,
    decimal? HeuresFinancees,
    Guid FinanceurPrincipalId,
    string TypeFinanceur,
    string ModeMontant,
    decimal Montant,
    decimal MontantTotal,
    string? Repartition,
    decimal? PartPrincipale,
    IReadOnlyList<CoFinanceurDossier> CoFinanceurs);
