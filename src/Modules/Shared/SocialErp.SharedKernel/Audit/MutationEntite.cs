namespace SocialErp.SharedKernel.Audit;

/// <summary>One audited entity inserted, updated or deleted by a save, with each changed field's old and new value.</summary>
public sealed record MutationEntite(
    string Entite,
    string EntiteId,
    OperationMutation Operation,
    IReadOnlyList<ChangementChamp> Changements);
