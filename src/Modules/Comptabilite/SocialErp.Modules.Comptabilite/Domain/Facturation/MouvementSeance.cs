namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// One billed movement of a session (or of a funding's forfait) to one funder, in the month it belongs to: positive on
/// an invoice, negative on a credit note (<see cref="FactureCrediteeId"/> the invoice it credits). What was billed for a
/// session and funder in a month is the sum of its movements; a run bills only the difference to what is due now.
/// The key (object, funder, month, rank) makes two concurrent runs that computed the same difference collide: the
/// rank is the count of earlier movements + 1, so only one of them commits.
/// </summary>
internal sealed class MouvementSeance
{
    public const string NatureSeance = "seance";
    public const string NatureForfait = "forfait";

    private MouvementSeance()
    {
        Periode = string.Empty;
        Nature = string.Empty;
    }

    /// <summary>The session, or for a forfait the key of the funding's convention (<c>CleForfait</c>).</summary>
    public Guid ObjetId { get; private set; }

    public Guid FinanceurId { get; private set; }

    /// <summary>The month billed (AAAA-MM).</summary>
    public string Periode { get; private set; }

    public int Rang { get; private set; }

    public Guid DossierId { get; private set; }

    /// <summary><see cref="NatureSeance"/> or <see cref="NatureForfait"/>.</summary>
    public string Nature { get; private set; }

    /// <summary>The session's day when billed (a forfait: the day of the session that triggered it).</summary>
    public DateOnly Jour { get; private set; }

    /// <summary>The invoice or credit note that carries the movement.</summary>
    public Guid FactureId { get; private set; }

    /// <summary>For a credit: the invoice credited.</summary>
    public Guid? FactureCrediteeId { get; private set; }

    /// <summary>Signed hours (negative on a credit).</summary>
    public decimal Heures { get; private set; }

    /// <summary>Signed amount (negative on a credit).</summary>
    public decimal Montant { get; private set; }

    /// <summary>The version of the funding (as Dossiers published it) the movement was computed with.</summary>
    public long VersionFinancement { get; private set; }

    public DateTime CreeLe { get; private set; }

    /// <summary>A read-only copy read under another funder id (the fiche that absorbed this one by a merge).</summary>
    public MouvementSeance PourFinanceur(Guid financeurId) => Enregistrer(
        ObjetId, financeurId, Periode, Rang, DossierId, Nature, Jour, FactureId, FactureCrediteeId, Heures, Montant, VersionFinancement, CreeLe);

    public static MouvementSeance Enregistrer(
        Guid objetId, Guid financeurId, string periode, int rang, Guid dossierId, string nature, DateOnly jour, Guid factureId, Guid? factureCrediteeId,
        decimal heures, decimal montant, long versionFinancement, DateTime le) => new()
        {
            ObjetId = objetId,
            FinanceurId = financeurId,
            Periode = periode,
            Rang = rang,
            DossierId = dossierId,
            Nature = nature,
            Jour = jour,
            FactureId = factureId,
            FactureCrediteeId = factureCrediteeId,
            Heures = heures,
            Montant = montant,
            VersionFinancement = versionFinancement,
            CreeLe = le,
        };
}
