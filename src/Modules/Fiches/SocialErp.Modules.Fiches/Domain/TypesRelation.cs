namespace SocialErp.Modules.Fiches.Domain;

/// <summary>Inverses and the canonical direction in which a relation is stored (one row per link).</summary>
internal static class TypesRelation
{
    public static TypeRelation Inverse(this TypeRelation type) => type switch
    {
        TypeRelation.Responsable => TypeRelation.Proche,
        TypeRelation.Proche => TypeRelation.Responsable,
        TypeRelation.Parent => TypeRelation.Enfant,
        TypeRelation.Enfant => TypeRelation.Parent,
        TypeRelation.Employeur => TypeRelation.Employe,
        TypeRelation.Employe => TypeRelation.Employeur,
        TypeRelation.Tuteur => TypeRelation.Pupille,
        TypeRelation.Pupille => TypeRelation.Tuteur,
        TypeRelation.Medecin => TypeRelation.Patient,
        TypeRelation.Patient => TypeRelation.Medecin,
        _ => type,
    };

    /// <summary>Stored kinds: the fiche holding the row is the proche, the enfant, the employé, the pupille, the patient.</summary>
    public static bool EstCanonique(this TypeRelation type) =>
        type is not (TypeRelation.Proche or TypeRelation.Enfant or TypeRelation.Employe or TypeRelation.Pupille or TypeRelation.Patient);

    public static bool EstSymetrique(this TypeRelation type) => type.Inverse() == type;
}
