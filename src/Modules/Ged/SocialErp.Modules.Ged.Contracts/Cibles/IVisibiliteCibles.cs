namespace SocialErp.Modules.Ged.Contracts.Cibles;

/// <summary>
/// Extension point of the GED: a module answers, for the target types it owns (<see cref="TypesCible"/>), whether a
/// target exists and the current user may see it. Documents are attached to, listed on and downloaded from a target
/// only when this answer is yes; an unknown and an invisible target are both "no" (the GED answers 404 alike).
/// Register implementations in DI (<c>services.AddScoped&lt;IVisibiliteCibles, …&gt;()</c>); a type no implementation
/// claims is refused (400). Outside a request (background work) there is no current user: implementations answer for
/// the system, or "no".
/// </summary>
public interface IVisibiliteCibles
{
    /// <summary>The <c>cibleType</c> values this implementation answers for.</summary>
    IReadOnlyCollection<string> TypesCible { get; }

    Task<bool> EstVisibleAsync(string cibleType, Guid cibleId, CancellationToken cancellationToken);
}
