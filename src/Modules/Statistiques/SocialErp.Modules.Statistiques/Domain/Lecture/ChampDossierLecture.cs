using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Statistiques.Domain.Lecture;

/// <summary>One custom field value of a dossier (from <c>dossiers.champs-personnalises-modifies</c>), as invariant text.</summary>
[NonAudite]
internal sealed class ChampDossierLecture
{
    public Guid DossierId { get; set; }

    public string Code { get; set; } = "";

    /// <summary>The field's type in Dossiers: texte, nombre, date, booleen or liste.</summary>
    public string Type { get; set; } = "";

    public string Valeur { get; set; } = "";
}
