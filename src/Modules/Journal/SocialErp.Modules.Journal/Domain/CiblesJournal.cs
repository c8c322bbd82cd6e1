namespace SocialErp.Modules.Journal.Domain;

/// <summary>What a journal entry can be about.</summary>
internal static class CiblesJournal
{
    public const string Fiche = "fiche";
    public const string Dossier = "dossier";
}
