namespace SocialErp.SharedKernel.Security;

/// <summary>Answers who reports to whom, for visibility rules that follow the hierarchy.</summary>
public interface IHierarchieUtilisateurs
{
    /// <summary>Every user under <paramref name="managerId"/>, directly or not.</summary>
    Task<IReadOnlySet<Guid>> SubordonnesAsync(Guid managerId, CancellationToken cancellationToken);
}
