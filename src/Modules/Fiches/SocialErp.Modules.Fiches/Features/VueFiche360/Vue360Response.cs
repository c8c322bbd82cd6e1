using SocialErp.Modules.Fiches.Features.Relations;
using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.VueFiche360;

/// <summary>
/// Everything visible to the caller about one person: the fiche, its relations, and one section per module that
/// knows the person (<c>sections.journal</c> today; dossiers, comptabilite, ged as those modules arrive).
/// A module that failed to answer is named in <c>sectionsIndisponibles</c> instead of failing the whole view.
/// </summary>
internal sealed record Vue360Response(
    FicheResponse Fiche,
    IReadOnlyList<RelationResponse> Relations,
    IReadOnlyDictionary<string, object> Sections,
    IReadOnlyList<string> SectionsIndisponibles);
