using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>
/// A dossier's funding was created, replaced, or had its funders re-pointed by a fiche merge or its undoing. The
/// payload is the funding's <b>complete</b> state: the convention (reference, validity, funded hours), the amount and
/// its mode (<c>ModeMontant</c> = total | taux-horaire | forfait: the total, the hourly rate or the flat fee), the main
/// funder and, with co-funders, the split (<c>Repartition</c> = pourcentage | montant, the main funder's part and each
/// co-funder's). <c>ConventionId</c> (added later, additive: absent in older messages) names the catalogue convention
/// (« Admin &gt; Conventions ») the values were copied from, null for a free reference or no convention. A consumer replaces what it holds when <c>Version</c> is greater (a late or repeated delivery
/// changes nothing).
/// </summary>
[IntegrationEventName("dossiers.financement-modifie.v1")]
public sealed record FinancementDossierModifieIntegrationEvent(
    Guid DossierId,
    long Version,
    string? ConventionReference,
    DateOnly? ConventionDu,
    DateOnly? ConventionAu,
    decimal? HeuresFinancees,
    Guid FinanceurPrincipalId,
    string TypeFinanceur,
    string ModeMontant,
    decimal Montant,
    string? Repartition,
    decimal? PartPrincipale,
    IReadOnlyList<CoFinanceurDossier> CoFinanceurs,
    Guid? ConventionId = null) : IntegrationEvent
{
    public override string AggregateKey => $"dossier:{DossierId}";
}
