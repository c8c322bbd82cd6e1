using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// Record of a fiche created although another active fiche carries the same AVS number: who forced it, when,
/// and why.
/// </summary>
internal sealed class ForcageDoublon : AggregateRoot
{
    private ForcageDoublon(Guid id, Guid ficheId, Guid ficheExistanteId, string motif, DateTime forceLe, Guid? forcePar)
        : base(id)
    {
        FicheId = ficheId;
        FicheExistanteId = ficheExistanteId;
        Motif = motif;
        ForceLe = forceLe;
        ForcePar = forcePar;
    }

    public Guid FicheId { get; private set; }

    public Guid FicheExistanteId { get; private set; }

    public string Motif { get; private set; }

    public DateTime ForceLe { get; private set; }

    public Guid? ForcePar { get; private set; }

    public static ForcageDoublon Enregistrer(Guid ficheId, Guid ficheExistanteId, string motif, DateTime maintenant, Guid? auteur) =>
        new(Guid.CreateVersion7(), ficheId, ficheExistanteId, motif.Trim(), maintenant, auteur);
}
