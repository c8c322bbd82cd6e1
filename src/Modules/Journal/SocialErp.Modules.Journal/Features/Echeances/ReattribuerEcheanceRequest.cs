namespace SocialErp.Modules.Journal.Features.Echeances;

/// <summary>Reassigning a due date: the new responsible user and, if wished, why.</summary>
internal sealed record ReattribuerEcheanceRequest(Guid? ResponsableId, string? Motif);
