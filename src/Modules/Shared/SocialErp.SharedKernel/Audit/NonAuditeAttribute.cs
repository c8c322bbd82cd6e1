namespace SocialErp.SharedKernel.Audit;

/// <summary>
/// Marks an entity whose changes are not business mutations (projections, technical rows, the audit trail
/// itself), so the platform emits no <see cref="MutationsEnregistreesIntegrationEvent"/> for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NonAuditeAttribute : Attribute;
