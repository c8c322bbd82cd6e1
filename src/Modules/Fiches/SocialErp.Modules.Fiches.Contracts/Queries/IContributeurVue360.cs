namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// A module's section of a person's 360° view (<c>GET /api/fiches/{id}/vue-360</c>): what it knows about the
/// fiche — dossiers and roles, due dates, balances, documents… — restricted to what the current user may see.
/// Fiches has already checked that the user may see the fiche itself. Register implementations in DI.
/// </summary>
public interface IContributeurVue360
{
    /// <summary>The section's key in the view (<c>journal</c>, <c>dossiers</c>, <c>comptabilite</c>…).</summary>
    string Section { get; }

    /// <summary>The section's content (serialised as JSON), or null when the module has nothing to show.</summary>
    Task<object?> ContribuerAsync(Guid ficheId, CancellationToken cancellationToken);
}
