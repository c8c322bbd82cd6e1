namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>One step of a dossier's lifecycle: from a status to another on a business date, with its reason.</summary>
internal sealed class ChangementStatut
{
    public ChangementStatut(
        Guid id, Guid dossierId, string? ancienStatut, string nouveauStatut, DateOnly date, string? motif, DateTime enregistreLe, Guid? auteur)
    {
        Id = id;
        DossierId = dossierId;
        AncienStatut = ancienStatut;
        NouveauStatut = nouveauStatut;
        Date = date;
        Motif = motif;
        EnregistreLe = enregistreLe;
        Auteur = auteur;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    public string? AncienStatut { get; private set; }

    public string NouveauStatut { get; private set; }

    public DateOnly Date { get; private set; }

    public string? Motif { get; private set; }

    public DateTime EnregistreLe { get; private set; }

    public Guid? Auteur { get; private set; }
}
