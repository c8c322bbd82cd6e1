using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A note on a dossier, shared with the team that sees the dossier or private to its author. Only the author
/// corrects it, and each correction keeps the previous text in the history. It may plan a follow-up
/// (<see cref="Relance"/>), which the Journal turns into a due date.
/// </summary>
internal sealed class Memo : AggregateRoot
{
    private readonly List<VersionMemo> _historique = [];

    private Memo(Guid id, Guid dossierId, Guid? auteurId, DateTime creeLe)
        : base(id)
    {
        DossierId = dossierId;
        AuteurId = auteurId;
        CreeLe = creeLe;
    }

    public Guid DossierId { get; private set; }

    public Guid? AuteurId { get; private set; }

    /// <summary>One of <see cref="VisibilitesMemo"/>.</summary>
    public string Visibilite { get; private set; } = "";

    public string Texte { get; private set; } = "";

    /// <summary>One of <see cref="NaturesMemo"/>.</summary>
    public string Nature { get; private set; } = NaturesMemo.Note;

    public DateOnly? RelanceLe { get; private set; }

    public Guid? RelanceResponsableId { get; private set; }

    public RelanceMemo? Relance => RelanceLe is { } date && RelanceResponsableId is { } responsable ? new RelanceMemo(date, responsable) : null;

    public bool EstPrive => Visibilite == VisibilitesMemo.Prive;

    public DateTime CreeLe { get; private set; }

    public DateTime? ModifieLe { get; private set; }

    /// <summary>Previous texts, oldest first.</summary>
    public IReadOnlyList<VersionMemo> Historique => _historique;

    public static Memo Ecrire(
        Guid dossierId, Guid? auteurId, string visibilite, string texte, string nature, RelanceMemo? relance, DateTime maintenant)
    {
        var memo = new Memo(Guid.CreateVersion7(maintenant), dossierId, auteurId, maintenant) { Visibilite = visibilite, Texte = texte, Nature = nature };
        memo.Planifier(relance);
        return memo;
    }

    public bool EstVisiblePar(Guid? utilisateur) => Visibilite == VisibilitesMemo.Equipe || (AuteurId is not null && AuteurId == utilisateur);

    public void Corriger(string visibilite, string texte, string nature, RelanceMemo? relance, DateTime maintenant)
    {
        _historique.Add(new VersionMemo(Guid.CreateVersion7(maintenant), Id, _historique.Count + 1, Visibilite, Texte, ModifieLe ?? CreeLe));
        Visibilite = visibilite;
        Texte = texte;
        Nature = nature;
        Planifier(relance);
        ModifieLe = maintenant;
    }

    private void Planifier(RelanceMemo? relance)
    {
        RelanceLe = relance?.Date;
        RelanceResponsableId = relance?.ResponsableId;
    }
}

/// <summary>A memo's text as it was before a correction.</summary>
internal sealed class VersionMemo(Guid id, Guid memoId, int numero, string visibilite, string texte, DateTime ecritLe)
{
    public Guid Id { get; private set; } = id;

    public Guid MemoId { get; private set; } = memoId;

    public int Numero { get; private set; } = numero;

    public string Visibilite { get; private set; } = visibilite;

    public string Texte { get; private set; } = texte;

    public DateTime EcritLe { get; private set; } = ecritLe;
}

internal static class VisibilitesMemo
{
    public const string Equipe = "equipe";
    public const string Prive = "prive";

    public static IReadOnlyList<string> Toutes { get; } = [Equipe, Prive];
}
