using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// A typed, dated link between two fiches, stored once in its canonical direction: <see cref="FicheId"/> holds
/// <see cref="Type"/> towards <see cref="FicheLieeId"/> (the proche's fiche holds "responsable").
/// </summary>
internal sealed class RelationFiche : AggregateRoot
{
    private RelationFiche(Guid id, Guid ficheId, Guid ficheLieeId, TypeRelation type, DateOnly? du, DateOnly? au, DateTime creeLe, Guid? creePar)
        : base(id)
    {
        FicheId = ficheId;
        FicheLieeId = ficheLieeId;
        Type = type;
        Du = du;
        Au = au;
        CreeLe = creeLe;
        CreePar = creePar;
    }

    public Guid FicheId { get; private set; }

    public Guid FicheLieeId { get; private set; }

    public TypeRelation Type { get; private set; }

    public DateOnly? Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    /// <summary>
    /// The relation <paramref name="type"/> that <paramref name="ficheId"/> has towards <paramref name="ficheLieeId"/>,
    /// turned into its canonical direction.
    /// </summary>
    public static RelationFiche Creer(
        Guid ficheId, TypeRelation type, Guid ficheLieeId, DateOnly? du, DateOnly? au, DateTime maintenant, Guid? auteur) =>
        type.EstCanonique()
            ? new RelationFiche(Guid.CreateVersion7(), ficheId, ficheLieeId, type, du, au, maintenant, auteur)
            : new RelationFiche(Guid.CreateVersion7(), ficheLieeId, ficheId, type.Inverse(), du, au, maintenant, auteur);

    public bool EstActive(DateOnly aujourdhui) => Au is null || Au.Value >= aujourdhui;

    public bool Concerne(Guid ficheId) => FicheId == ficheId || FicheLieeId == ficheId;

    public Guid AutreFiche(Guid ficheId) => FicheId == ficheId ? FicheLieeId : FicheId;

    /// <summary>The kind as read from <paramref name="ficheId"/>'s side.</summary>
    public TypeRelation TypeVuDe(Guid ficheId) => FicheId == ficheId ? Type : Type.Inverse();

    /// <summary>Same link between the same fiches (either direction for symmetric kinds).</summary>
    public bool MemeLienQue(RelationFiche autre) =>
        Type == autre.Type
        && ((FicheId == autre.FicheId && FicheLieeId == autre.FicheLieeId)
            || (Type.EstSymetrique() && FicheId == autre.FicheLieeId && FicheLieeId == autre.FicheId));

    /// <summary>After a merge, the absorbed fiche's side now points at the kept fiche.</summary>
    public void Repointer(Guid absorbeeId, Guid conserveeId)
    {
        if (FicheId == absorbeeId)
        {
            FicheId = conserveeId;
        }

        if (FicheLieeId == absorbeeId)
        {
            FicheLieeId = conserveeId;
        }
    }

    /// <summary>What a merge records of a relation it removes, to recreate it if the merge is undone.</summary>
    public RelationSupprimee Trace() => new(Id, FicheId, FicheLieeId, Type, Du, Au, CreeLe, CreePar);

    /// <summary>A relation removed by a merge, recreated as it was when the merge is undone.</summary>
    public static RelationFiche Restaurer(RelationSupprimee trace) =>
        new(trace.Id, trace.FicheId, trace.FicheLieeId, trace.Type, trace.Du, trace.Au, trace.CreeLe, trace.CreePar);

    /// <summary>Undoing a merge: the relation points again at the fiches it linked before.</summary>
    public void Retablir(Guid ficheId, Guid ficheLieeId)
    {
        FicheId = ficheId;
        FicheLieeId = ficheLieeId;
    }
}
