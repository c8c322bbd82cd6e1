using SocialErp.SharedKernel.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Ged.Domain;

/// <summary>
/// A document attached to the elements it concerns (none while it waits in the intake inbox), with every version of
/// its content. Deleting it is a soft delete with a reason: it is kept until <see cref="ConserveJusquAu"/>, then the
/// retention purge removes its content and keeps the record.
/// </summary>
internal sealed class Document : AggregateRoot
{
    private readonly List<DocumentCible> _cibles = [];
    private readonly List<VersionDocument> _versions = [];

    private Document(Guid id)
        : base(id)
    {
        Titre = "";
        Type = "";
    }

    public string Titre { get; private set; }

    public string Type { get; private set; }

    public DateOnly Date { get; private set; }

    public DirectionDocument Direction { get; private set; }

    public Confidentialite Confidentialite { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The depositor's service: who sees the document while it waits in the inbox.</summary>
    public Guid? ServiceId { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    /// <summary>The template a generated document came from.</summary>
    public Guid? ModeleId { get; private set; }

    /// <summary>The message that had this document generated (attestations), so a redelivery generates nothing.</summary>
    public Guid? SourceMessageId { get; private set; }

    /// <summary>Merge fields the generation could not fill (comma-separated), reported instead of left blank.</summary>
    public string? ChampsManquants { get; private set; }

    public DateTime? SupprimeLe { get; private set; }

    public Guid? SupprimePar { get; private set; }

    public string? MotifSuppression { get; private set; }

    public DateTime? ConserveJusquAu { get; private set; }

    /// <summary>When the retention purge removed the content.</summary>
    public DateTime? PurgeLe { get; private set; }

    public IReadOnlyCollection<DocumentCible> Cibles => _cibles;

    public IReadOnlyCollection<VersionDocument> Versions => _versions;

    public VersionDocument VersionCourante => _versions.MaxBy(v => v.Numero)!;

    public bool EstSupprime => SupprimeLe is not null;

    public bool EstAClasser => _cibles.Count == 0;

    public static Document Deposer(
        MetadonneesDocument metadonnees,
        IReadOnlyCollection<(string Type, Guid Id)> cibles,
        ContenuVerifie contenu,
        Guid? serviceId,
        DateTime maintenant,
        Guid? auteur)
    {
        var document = new Document(Guid.CreateVersion7())
        {
            ServiceId = serviceId,
            CreeLe = maintenant,
            CreePar = auteur,
        };
        document.Decrire(metadonnees);
        foreach (var (type, id) in cibles.Distinct())
        {
            document._cibles.Add(new DocumentCible(document.Id, type, id));
        }

        document._versions.Add(new VersionDocument(document.Id, 1, contenu, null, maintenant, auteur));
        return document;
    }

    public static Document Generer(
        MetadonneesDocument metadonnees,
        IReadOnlyCollection<(string Type, Guid Id)> cibles,
        ContenuVerifie contenu,
        Guid modeleId,
        IReadOnlyCollection<string> champsManquants,
        Guid? sourceMessageId,
        Guid? serviceId,
        DateTime maintenant,
        Guid? auteur)
    {
        var document = Deposer(metadonnees, cibles, contenu, serviceId, maintenant, auteur);
        document.ModeleId = modeleId;
        document.SourceMessageId = sourceMessageId;
        document.ChampsManquants = champsManquants.Count == 0 ? null : string.Join(",", champsManquants);
        return document;
    }

    public Result<VersionDocument> AjouterVersion(ContenuVerifie contenu, string? commentaire, DateTime maintenant, Guid? auteur)
    {
        if (EstSupprime)
        {
            return DocumentErrors.Supprime;
        }

        var version = new VersionDocument(Id, VersionCourante.Numero + 1, contenu, commentaire, maintenant, auteur);
        _versions.Add(version);
        return version;
    }

    /// <summary>Files an inbox document on its first target, with the metadata the clerk completed.</summary>
    public Result Assigner(string cibleType, Guid cibleId, MetadonneesDocument metadonnees)
    {
        if (EstSupprime)
        {
            return DocumentErrors.Supprime;
        }

        if (!EstAClasser)
        {
            return DocumentErrors.DejaClasse;
        }

        Decrire(metadonnees);
        _cibles.Add(new DocumentCible(Id, cibleType, cibleId));
        return Result.Success();
    }

    public Result AjouterCible(string cibleType, Guid cibleId)
    {
        if (EstSupprime)
        {
            return DocumentErrors.Supprime;
        }

        if (_cibles.Any(c => c.Designe(cibleType, cibleId)))
        {
            return DocumentErrors.CibleDejaLiee;
        }

        _cibles.Add(new DocumentCible(Id, cibleType, cibleId));
        return Result.Success();
    }

    public Result RetirerCible(string cibleType, Guid cibleId)
    {
        var cible = _cibles.FirstOrDefault(c => c.Designe(cibleType, cibleId));
        if (cible is null)
        {
            return DocumentErrors.CibleNonLiee;
        }

        if (_cibles.Count == 1)
        {
            return DocumentErrors.DerniereCible;
        }

        _cibles.Remove(cible);
        return Result.Success();
    }

    public Result Supprimer(string motif, TimeSpan conservation, DateTime maintenant, Guid? auteur)
    {
        if (EstSupprime)
        {
            return DocumentErrors.Supprime;
        }

        SupprimeLe = maintenant;
        SupprimePar = auteur;
        MotifSuppression = motif.Trim();
        ConserveJusquAu = maintenant + conservation;
        return Result.Success();
    }

    public void MarquerPurge(DateTime maintenant) => PurgeLe = maintenant;

    private void Decrire(MetadonneesDocument metadonnees)
    {
        Titre = metadonnees.Titre.Trim();
        Type = metadonnees.Type;
        Date = metadonnees.Date;
        Direction = metadonnees.Direction;
        Confidentialite = metadonnees.Confidentialite;
        Description = string.IsNullOrWhiteSpace(metadonnees.Description) ? null : metadonnees.Description.Trim();
    }
}
