namespace SocialErp.Modules.Dossiers.Features.TypesEvenements;

/// <summary>
/// An event type and its effects: <c>nouveauStatut</c> (en-cours, termine, abandonne, rupture), <c>facturation</c>
/// (bloquer, debloquer), <c>echeances</c> created for the Journal (days after the event, action), an attestation
/// template for the GED, whether it opens a phase (its <c>phase</c> field names it), the motif and extra fields it asks for,
/// and the <c>prestations</c> whose dossiers may record it (codes; empty or omitted: every prestation).
/// </summary>
internal sealed record TypeEvenementRequest(
    string? Code,
    string? Libelle,
    bool MotifRequis = false,
    IReadOnlyList<ChampEvenementDto>? Champs = null,
    string? NouveauStatut = null,
    string? Facturation = null,
    IReadOnlyList<EcheanceTypeDto>? Echeances = null,
    string? AttestationModele = null,
    bool ChangementPhase = false,
    bool Actif = true,
    IReadOnlyList<string>? Prestations = null);

/// <summary>An extra field of an event type.</summary>
internal sealed record ChampEvenementDto(string? Code, string? Libelle, bool Requis = false);

/// <summary>A due date an event type creates, <c>delaiJours</c> after the event.</summary>
internal sealed record EcheanceTypeDto(int DelaiJours, string? Action);

/// <summary>A configured event type.</summary>
internal sealed record TypeEvenementResponse(
    string Code,
    string Libelle,
    bool MotifRequis,
    IReadOnlyList<ChampEvenementDto> Champs,
    string? NouveauStatut,
    string? Facturation,
    IReadOnlyList<EcheanceTypeDto> Echeances,
    string? AttestationModele,
    bool ChangementPhase,
    bool Actif,
    IReadOnlyList<string> Prestations)
{
    public static TypeEvenementResponse From(Domain.TypeEvenement type) => new(
        type.Code,
        type.Libelle,
        type.MotifRequis,
        type.Champs.Select(c => new ChampEvenementDto(c.Code, c.Libelle, c.Requis)).ToList(),
        type.NouveauStatut,
        type.BloqueFacturation switch { true => Facturations.Bloquer, false => Facturations.Debloquer, null => null },
        type.Echeances.Select(e => new EcheanceTypeDto(e.DelaiJours, e.Action)).ToList(),
        type.AttestationModele,
        type.ChangementPhase,
        type.Actif,
        type.Prestations);
}

internal static class Facturations
{
    public const string Bloquer = "bloquer";
    public const string Debloquer = "debloquer";
}
