namespace SocialErp.Modules.Journal.Domain;

/// <summary>What starts a workflow on a dossier.</summary>
internal enum DeclencheurWorkflow
{
    Manuel,

    /// <summary>A dossier was opened.</summary>
    DossierOuvert,

    /// <summary>An event of the definition's <c>TypeEvenement</c> was recorded on a dossier.</summary>
    Evenement,
}
