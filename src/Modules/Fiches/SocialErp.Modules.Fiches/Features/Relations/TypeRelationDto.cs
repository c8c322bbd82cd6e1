namespace SocialErp.Modules.Fiches.Features.Relations;

/// <summary>
/// Kind of relation on the wire, read from the fiche in the URL: "responsable" means the linked fiche is its
/// responsable, "proche" that the linked fiche is one of its proches, and so on.
/// </summary>
internal enum TypeRelationDto
{
    Responsable,
    Proche,
    Parent,
    Enfant,
    Conjoint,
    Concubin,
    Fratrie,
    Employeur,
    Employe,
    Tuteur,
    Pupille,
    Medecin,
    Patient,
}
