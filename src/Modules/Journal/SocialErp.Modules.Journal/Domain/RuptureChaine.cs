namespace SocialErp.Modules.Journal.Domain;

/// <summary>Where the chain first breaks: the line and why (<c>empreinte</c>, <c>sequence</c>).</summary>
internal sealed record RuptureChaine(long Sequence, Guid? MutationId, string Raison, string Detail);
