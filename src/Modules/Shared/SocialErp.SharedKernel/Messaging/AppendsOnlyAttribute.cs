namespace SocialErp.SharedKernel.Messaging;

/// <summary>
/// Marks an integration event handler that only adds rows of its own and reads nothing a handler run before it in
/// the same inbox transaction may have written. When the inbox runs several messages in one transaction, it saves
/// such a handler's rows with the next save instead of saving after it: one round of change tracking and
/// statements for a run of appends, instead of one per handler.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AppendsOnlyAttribute : Attribute;
