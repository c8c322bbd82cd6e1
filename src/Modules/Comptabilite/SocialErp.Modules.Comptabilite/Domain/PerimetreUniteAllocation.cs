namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// Which ledger lines belong to a dossier's allocation unit: the lines of each member (and of fiches merged into a
/// member) dated inside that member's periods, plus the lines posted on the unit itself. A line counts once even
/// when it matches both ways.
/// </summary>
internal sealed class PerimetreUniteAllocation
{
    private readonly Guid _dossierId;
    private readonly Dictionary<Guid, List<(DateOnly Du, DateOnly? Au)>> _periodesParFiche;

    public PerimetreUniteAllocation(Guid dossierId, IEnumerable<MembreUniteAllocation> membres, IReadOnlyDictionary<Guid, Guid> repointages)
    {
        _dossierId = dossierId;
        _periodesParFiche = membres
            .GroupBy(m => m.FicheId)
            .ToDictionary(g => g.Key, g => g.Select(m => (m.Du, m.Au)).ToList());
        var absorbees = repointages.Where(r => _periodesParFiche.ContainsKey(r.Value)).ToList();
        FichesLues = _periodesParFiche.Keys.Concat(absorbees.Select(r => r.Key)).Distinct().ToList();
        Repointages = repointages;
    }

    /// <summary>Members and the fiches merged into them: the person dimensions to read.</summary>
    public IReadOnlyList<Guid> FichesLues { get; }

    public IReadOnlyDictionary<Guid, Guid> Repointages { get; }

    public bool Inclut(Guid? ficheId, Guid? uniteAllocationId, DateOnly date) =>
        uniteAllocationId == _dossierId || (ficheId is { } fiche && EstMembreLe(fiche, date));

    public bool EstMembreLe(Guid ficheId, DateOnly date)
    {
        var personne = Repointages.TryGetValue(ficheId, out var conservee) ? conservee : ficheId;
        return _periodesParFiche.TryGetValue(personne, out var periodes)
            && periodes.Exists(p => date >= p.Du && (p.Au is null || date <= p.Au));
    }

    /// <summary>
    /// Months in which some member joins or leaves on another day than the month's first or last: inside them,
    /// membership depends on the day, so stored monthly balances cannot say which lines belong to the unit.
    /// </summary>
    public HashSet<(int Annee, int Mois)> MoisCoupes() =>
        _periodesParFiche.Values
            .SelectMany(periodes => periodes)
            .SelectMany(p => new[] { p.Du.Day == 1 ? (DateOnly?)null : p.Du, p.Au is { } au && au.AddDays(1).Day != 1 ? au : null })
            .OfType<DateOnly>()
            .Select(d => (d.Year, d.Month))
            .ToHashSet();

    /// <summary>
    /// Entries whose lines inside the unit balance among themselves are internal transfers: they move money
    /// between members and net out in the consolidated view.
    /// </summary>
    public static HashSet<Guid> EcrituresInternes(IEnumerable<MouvementLigne> lignesIncluses, IReadOnlyDictionary<Guid, int> nombreLignesParEcriture) =>
        lignesIncluses
            .GroupBy(l => l.EcritureId)
            .Where(g => nombreLignesParEcriture.TryGetValue(g.Key, out var total) && total == g.Count()
                && g.Sum(l => l.Debit) == g.Sum(l => l.Credit)
                && g.Select(l => l.FicheId).Where(f => f is not null).Distinct().Count() >= 2)
            .Select(g => g.Key)
            .ToHashSet();
}
