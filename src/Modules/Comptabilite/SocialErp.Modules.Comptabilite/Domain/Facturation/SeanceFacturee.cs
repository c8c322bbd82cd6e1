namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// A session billed to one funder, by the invoice that did it: its key (session, funder) makes a session billed once
/// per funder, whichever run gets there first. <see cref="Heures"/> are the hours billed (fewer than the session's
/// when it crossed the funded hours); they count against the funded hours of the dossier.
/// </summary>
internal sealed class SeanceFacturee
{
    private SeanceFacturee()
    {
        Periode = string.Empty;
    }

    public Guid SeanceId { get; private set; }

    public Guid FinanceurId { get; private set; }

    public Guid DossierId { get; private set; }

    public Guid FactureId { get; private set; }

    /// <summary>The month billed (AAAA-MM).</summary>
    public string Periode { get; private set; }

    public decimal Heures { get; private set; }

    public decimal Montant { get; private set; }

    public static SeanceFacturee Enregistrer(Guid seanceId, Guid financeurId, Guid dossierId, Guid factureId, string periode, decimal heures, decimal montant) => new()
    {
        SeanceId = seanceId,
        FinanceurId = financeurId,
        DossierId = dossierId,
        FactureId = factureId,
        Periode = periode,
        Heures = heures,
        Montant = montant,
    };
}
