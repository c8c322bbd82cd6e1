namespace SocialErp.Modules.Fiches.Domain;

/// <summary>
/// Kind of link between two fiches, read from the fiche that holds it: "responsable" on a proche's fiche names
/// its responsable. Each kind has an inverse seen from the other fiche (proche, enfant, employe, pupille,
/// patient); conjoint, concubin and fratrie are their own inverse.
/// </summary>
internal enum TypeRelation
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
