using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Executions;

/// <summary>
/// One production of a template for a period (or of a list too large for a synchronous download), run as a
/// background job: progress, counts, plausibility report, the file's checksum and the differences with the
/// previous production of the same template and period.
/// </summary>
[NonAudite]
internal sealed class ExecutionStatistique
{
    public Guid Id { get; set; }

    /// <summary><see cref="TypesExecution"/>.</summary>
    public string Type { get; set; } = "";

    public string? ModeleCode { get; set; }

    public int? ModeleVersion { get; set; }

    public Guid? ListeId { get; set; }

    /// <summary>The period as asked (<c>2026-10</c>, <c>2026-T3</c>, <c>2026</c>).</summary>
    public string? Periode { get; set; }

    public DateOnly? Debut { get; set; }

    public DateOnly? Fin { get; set; }

    public string Format { get; set; } = "";

    /// <summary><see cref="StatutsExecution"/>.</summary>
    public string Statut { get; set; } = StatutsExecution.EnAttente;

    public int Progression { get; set; }

    public bool Planifiee { get; set; }

    public DateTime DemandeeLe { get; set; }

    public Guid? DemandeeParId { get; set; }

    public DateTime? DemarreeLe { get; set; }

    public DateTime? TermineeLe { get; set; }

    public int NombreEnregistrements { get; set; }

    public int NombreErreurs { get; set; }

    public int NombreAvertissements { get; set; }

    /// <summary>The plausibility findings as JSON (capped), null before the end.</summary>
    public string? Rapport { get; set; }

    /// <summary>SHA-256 of the file, hex: also its ETag.</summary>
    public string? Checksum { get; set; }

    public string? NomFichier { get; set; }

    public string? TypeContenu { get; set; }

    public long Taille { get; set; }

    /// <summary>Key → hash of each record, to compare a re-run with this one.</summary>
    public string? Empreintes { get; set; }

    /// <summary>Records added, removed and changed since the previous production of the same period, as JSON.</summary>
    public string? Differences { get; set; }

    public string? Message { get; set; }

    /// <summary>The options the client gave, as JSON.</summary>
    public string? Options { get; set; }
}
