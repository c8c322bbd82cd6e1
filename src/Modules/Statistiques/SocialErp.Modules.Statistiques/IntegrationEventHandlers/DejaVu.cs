namespace SocialErp.Modules.Statistiques.IntegrationEventHandlers;

/// <summary>
/// What the live handler found before applying an event: the event already in the module's log
/// (<see cref="Journalise"/>), or the entry or payment it carries already projected under another event id
/// (<see cref="Projete"/>; always false for other events).
/// </summary>
internal sealed record DejaVu(bool Journalise, bool Projete);
