namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>Rescheduling a due date: the new date (today or later) and, if wished, why.</summary>
internal sealed record ReporterEcheanceRequest(DateOnly? Date, string? Motif);
