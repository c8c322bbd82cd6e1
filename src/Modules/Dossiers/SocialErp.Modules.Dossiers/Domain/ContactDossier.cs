using SocialErp.Modules.Fiches.Contracts;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>An outside party of a dossier by role (prescripteur, employeur…): a fiche of the role's category.</summary>
internal sealed class ContactDossier
{
    public ContactDossier(Guid id, Guid dossierId, string role, Guid ficheId, DateOnly? du, DateOnly? au, string? remarque, DateTime ajouteLe)
    {
        Id = id;
        DossierId = dossierId;
        Role = role;
        FicheId = ficheId;
        Du = du;
        Au = au;
        Remarque = remarque;
        AjouteLe = ajouteLe;
    }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    /// <summary>One of <see cref="RolesContact"/>.</summary>
    public string Role { get; private set; }

    public Guid FicheId { get; private set; }

    public DateOnly? Du { get; private set; }

    public DateOnly? Au { get; private set; }

    public string? Remarque { get; private set; }

    public DateTime AjouteLe { get; private set; }

    /// <summary>A contact of the absorbed fiche that a merge drops, as it was, with the kept fiche's contact it duplicates.</summary>
    public ContactRetire Retirer(Guid doublonId) => new(Id, DossierId, Role, Du, Au, Remarque, AjouteLe, doublonId);

    /// <summary>A dropped contact given back to <paramref name="ficheId"/> when the merge is undone.</summary>
    public static ContactDossier Restaurer(ContactRetire retire, Guid ficheId) =>
        new(retire.Id, retire.DossierId, retire.Role, ficheId, retire.Du, retire.Au, retire.Remarque, retire.AjouteLe);

    public void Repointer(Guid ficheId) => FicheId = ficheId;
}

/// <summary>The roles of a dossier's contacts and the fiche category each one asks for.</summary>
internal static class RolesContact
{
    public const string Prescripteur = "prescripteur";
    public const string Employeur = "employeur";
    public const string Tuteur = "tuteur";
    public const string Gestionnaire = "gestionnaire";
    public const string DonneurOrdre = "donneur-ordre";

    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        [Prescripteur] = CategoriesFiche.Prescripteur,
        [Employeur] = CategoriesFiche.Employeur,
        [Tuteur] = CategoriesFiche.TuteurCurateur,
        [Gestionnaire] = CategoriesFiche.Gestionnaire,
        [DonneurOrdre] = CategoriesFiche.DonneurOrdre,
    };

    public static IReadOnlyList<string> Tous { get; } = [Prescripteur, Employeur, Tuteur, Gestionnaire, DonneurOrdre];

    public static string CategorieRequise(string role) => Categories[role];
}
