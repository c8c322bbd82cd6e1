using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Features.VerifierMutations;

/// <summary>
/// The result of recomputing the chain: <c>intacte</c>, how many lines were verified before the end or the first
/// broken link, the last sound line, and the first broken link (<c>raison</c> = empreinte | sequence).
/// </summary>
internal sealed record VerificationResponse(bool Intacte, long LignesVerifiees, long DerniereSequenceValide, RuptureChaine? PremiereRupture);
