namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A configurable kind of dossier event (Entrée, Sortie positive, Abandon…): what it asks for (motif, extra fields)
/// and the effects recording it applies in the same transaction: a new status, billing blocked or unblocked, due
/// dates for the Journal, an attestation for the GED. <c>ChangementPhase</c> types open a phase named by the
/// event's <c>phase</c> field (indicators by phase).
/// </summary>
internal sealed class TypeEvenement
{
    public TypeEvenement(string code) => Code = code;

    public string Code { get; private set; }

    public string Libelle { get; private set; } = "";

    public bool MotifRequis { get; private set; }

    public List<ChampEvenement> Champs { get; private set; } = [];

    /// <summary>en-cours, termine, abandonne or rupture; null: no status change.</summary>
    public string? NouveauStatut { get; private set; }

    /// <summary>True blocks billing, false unblocks it, null leaves it.</summary>
    public bool? BloqueFacturation { get; private set; }

    public List<EcheanceType> Echeances { get; private set; } = [];

    /// <summary>Code of the GED template of the attestation to generate; null: none.</summary>
    public string? AttestationModele { get; private set; }

    public bool ChangementPhase { get; private set; }

    public bool Actif { get; private set; } = true;

    /// <summary>Codes of the prestations whose dossiers may record it; empty: every prestation.</summary>
    public List<string> Prestations { get; private set; } = [];

    public bool EstDisponiblePour(string prestation) => Prestations.Count == 0 || Prestations.Contains(prestation);

    public void Definir(
        string libelle, bool motifRequis, IReadOnlyList<ChampEvenement> champs, string? nouveauStatut, bool? bloqueFacturation,
        IReadOnlyList<EcheanceType> echeances, string? attestationModele, bool changementPhase, bool actif, IReadOnlyList<string> prestations)
    {
        Libelle = libelle;
        MotifRequis = motifRequis;
        Champs = [.. champs];
        NouveauStatut = nouveauStatut;
        BloqueFacturation = bloqueFacturation;
        Echeances = [.. echeances];
        AttestationModele = attestationModele;
        ChangementPhase = changementPhase;
        Actif = actif;
        Prestations = [.. prestations.Distinct()];
    }
}

/// <summary>An extra field an event type asks for (e.g. <c>phase</c>, <c>nouveauFinanceur</c>).</summary>
internal sealed record ChampEvenement(string Code, string Libelle, bool Requis);

/// <summary>A due date an event type creates: <c>DelaiJours</c> after the event's date, with the action to take.</summary>
internal sealed record EcheanceType(int DelaiJours, string Action);
