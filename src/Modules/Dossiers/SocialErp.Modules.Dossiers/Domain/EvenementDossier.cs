using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>
/// A typed event recorded on a dossier, on its real date (possibly in the past) with its entry order, and the
/// effects its type applied when it was recorded. Corrections change its data, never re-apply effects.
/// </summary>
internal sealed class EvenementDossier : AggregateRoot
{
    private EvenementDossier(Guid id)
        : base(id)
    {
    }

    public Guid DossierId { get; private set; }

    public string TypeCode { get; private set; } = "";

    public string TypeLibelle { get; private set; } = "";

    public DateOnly Date { get; private set; }

    /// <summary>Entry order within the dossier: events of the same day keep it.</summary>
    public long Ordre { get; private set; }

    public string? Commentaire { get; private set; }

    public string? Motif { get; private set; }

    public Dictionary<string, string> Champs { get; private set; } = [];

    public string? StatutApplique { get; private set; }

    public bool? FacturationBloquee { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public DateTime? ModifieLe { get; private set; }

    public Guid? ModifiePar { get; private set; }

    public static EvenementDossier Enregistrer(
        Guid dossierId, TypeEvenement type, DateOnly date, long ordre, string? commentaire, string? motif,
        IReadOnlyDictionary<string, string> champs, DateTime maintenant, Guid? auteur) =>
        new(Guid.CreateVersion7(maintenant))
        {
            DossierId = dossierId,
            TypeCode = type.Code,
            TypeLibelle = type.Libelle,
            Date = date,
            Ordre = ordre,
            Commentaire = commentaire,
            Motif = motif,
            Champs = new Dictionary<string, string>(champs),
            CreeLe = maintenant,
            CreePar = auteur,
        };

    public void EffetsAppliques(string? statut, bool? facturationBloquee)
    {
        StatutApplique = statut;
        FacturationBloquee = facturationBloquee;
    }

    public void Corriger(DateOnly date, string? commentaire, string? motif, IReadOnlyDictionary<string, string> champs, DateTime maintenant, Guid? auteur)
    {
        Date = date;
        Commentaire = commentaire;
        Motif = motif;
        Champs = new Dictionary<string, string>(champs);
        ModifieLe = maintenant;
        ModifiePar = auteur;
    }
}
