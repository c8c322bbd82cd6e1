namespace SocialErp.SharedKernel.Messaging;

/// <summary>
/// Marks an integration event handler that only adds rows of its own and reads nothing a handler run before it in
/// the same inbox transaction may have written. When the inbox runs several messages in one transaction, it saves
/// such a handler's rows with the next save instead of saving after it: one round of change tracking and
/// statements for a run of appends, instead of one per handler. The next handler that is not so marked runs after
/// that save, so its queries find the rows appended before it. A row an appends-only handler may find added by an
/// earlier one of the same run is looked for through the change tracker too (<c>Find</c>, <c>Local</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AppendsOnlyAttribute : Attribute;
