namespace SocialErp.Bench.Data;

/// <summary>A line of the journal des mutations as the platform records it (changes as JSON).</summary>
public sealed record MutationSynthetique(
    Guid Id,
    Guid MessageId,
    long Sequence,
    string Module,
    string Entite,
    string EntiteId,
    string Operation,
    Guid UtilisateurId,
    string UtilisateurEmail,
    DateTime Instant,
    string Changements);
