namespace SocialErp.Modules.Dossiers.Contracts;

/// <summary>Permissions of the Dossiers module (granted by trade in <c>DossiersModule</c>).</summary>
public static class DossiersPermissions
{
    public const string Lire = "dossiers.lire";
    public const string Ecrire = "dossiers.ecrire";

    /// <summary>Correct or delete a recorded event (traced in the journal des mutations).</summary>
    public const string CorrigerEvenements = "dossiers.evenements.corriger";

    /// <summary>
    /// Change a dossier's prestation, an essential piece of information (seed: « certaines informations (bénéficiaire,
    /// prestation) peuvent nécessiter des droits spécifiques »): it decides the event types, the statistics and the billing.
    /// </summary>
    public const string ModifierPrestation = "dossiers.prestation.modifier";

    /// <summary>Configure prestations and event types.</summary>
    public const string Parametrer = "dossiers.parametrer";
}
