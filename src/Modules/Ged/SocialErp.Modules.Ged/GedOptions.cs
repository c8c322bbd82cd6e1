namespace SocialErp.Modules.Ged;

/// <summary>The <c>Ged</c> configuration section.</summary>
internal sealed class GedOptions
{
    public const string SectionName = "Ged";

    public static readonly IReadOnlyList<string> TypesParDefaut =
    [
        "certificat", "attestation", "courrier-entrant", "courrier-sortant", "decision", "rapport", "contrat-convention",
        "piece-justificative", "facture", "diplome", "autre",
    ];

    /// <summary>Largest accepted content, in bytes (25 MB by default); above it the upload answers 413.</summary>
    public long TailleMaxOctets { get; set; } = 25L * 1024 * 1024;

    /// <summary>The document types (codes); empty: <see cref="TypesParDefaut"/>.</summary>
    public string[]? TypesDocument { get; set; }

    /// <summary>How long a deleted document is kept before the purge removes its content.</summary>
    public TimeSpan ConservationApresSuppression { get; set; } = TimeSpan.FromDays(365);

    /// <summary>When the retention purge runs (Quartz cron, seconds first): every night at 03:30 by default.</summary>
    public string PurgeCron { get; set; } = "0 30 3 * * ?";

    /// <summary>
    /// Contents and temporary files younger than this are never swept as orphans: an upload may be between writing its
    /// content and committing its metadata.
    /// </summary>
    public TimeSpan DelaiGraceOrphelins { get; set; } = TimeSpan.FromHours(1);

    public IReadOnlyList<string> Types => TypesDocument is { Length: > 0 } types ? types : TypesParDefaut;
}
