namespace SocialErp.Modules.Journal.Domain;

/// <summary>What a line of the journal des mutations records: a change of data, or a sensitive read.</summary>
internal enum OperationJournal
{
    Creation,
    Modification,
    Suppression,
    Consultation,
}
