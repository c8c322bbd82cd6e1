namespace SocialErp.Modules.Journal.Contracts;

/// <summary>Permissions of the Journal module (granted by trade in <c>JournalModule</c>).</summary>
public static class JournalPermissions
{
    public const string Lire = "journal.lire";
    public const string Ecrire = "journal.ecrire";

    /// <summary>Read the journal des mutations (who changed what, before and after).</summary>
    public const string LireMutations = "journal.mutations.lire";

    /// <summary>Create and edit workflow definitions (administrators).</summary>
    public const string GererWorkflows = "journal.workflows.gerer";

    /// <summary>Requeue a notification (e-mail, SMS) whose attempts all failed.</summary>
    public const string RenvoyerNotifications = "journal.notifications.renvoyer";
}
