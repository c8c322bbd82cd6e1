namespace SocialErp.Modules.Comptabilite.Domain.Paiements;

/// <summary>
/// The orders of one execution date sent to the bank together (one pain.001 message). Prepared by one user,
/// released by another (four eyes); <see cref="NombreOrdres"/> and <see cref="Montant"/> are fixed when prepared.
/// </summary>
internal sealed class LotPaiements
{
    private LotPaiements()
    {
        Statut = string.Empty;
        Identifiant = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The pain.001 MsgId (SWIFT characters, ≤ 35).</summary>
    public string Identifiant { get; private set; }

    public DateOnly DateExecution { get; private set; }

    public int NombreOrdres { get; private set; }

    public decimal Montant { get; private set; }

    public string Statut { get; private set; }

    public DateTime PrepareLe { get; private set; }

    public Guid? PreparePar { get; private set; }

    public DateTime? LibereLe { get; private set; }

    public Guid? LiberePar { get; private set; }

    public DateTime? ComptabiliseLe { get; private set; }

    public DateOnly? ExecuteLe { get; private set; }

    public long Version { get; private set; }

    public static LotPaiements Preparer(DateOnly dateExecution, IReadOnlyCollection<OrdrePaiement> ordres, DateTime le, Guid? par)
    {
        var lot = new LotPaiements
        {
            Id = Guid.CreateVersion7(),
            DateExecution = dateExecution,
            NombreOrdres = ordres.Count,
            Montant = ordres.Sum(o => o.Montant),
            Statut = StatutsLot.Prepare,
            PrepareLe = le,
            PreparePar = par,
            Version = 1,
        };
        lot.Identifiant = $"LOT-{dateExecution:yyyyMMdd}-{lot.Id.ToString("N")[^12..]}".ToUpperInvariant();
        foreach (var ordre in ordres)
        {
            ordre.MettreEnLot(lot.Id);
        }

        return lot;
    }

    public void Liberer(DateTime le, Guid? par)
    {
        Statut = StatutsLot.Libere;
        LibereLe = le;
        LiberePar = par;
        Version++;
    }

    public void MarquerComptabilise(DateTime le)
    {
        ComptabiliseLe ??= le;
        if (Statut == StatutsLot.Libere)
        {
            Statut = StatutsLot.Comptabilise;
        }

        Version++;
    }

    public void MarquerExecute(DateOnly le)
    {
        ExecuteLe = le;
        Statut = StatutsLot.Execute;
        Version++;
    }
}
