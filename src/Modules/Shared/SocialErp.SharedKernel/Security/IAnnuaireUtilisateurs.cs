namespace SocialErp.SharedKernel.Security;

/// <summary>
/// Looks up another user (not the signed-in one): modules that assign work to a colleague check who they are.
/// </summary>
public interface IAnnuaireUtilisateurs
{
    /// <summary>The active user with this id, or null.</summary>
    Task<UtilisateurAnnuaire?> TrouverAsync(Guid utilisateurId, CancellationToken cancellationToken);
}

/// <summary>
/// A user as other modules may know them: trade and service, and how to name and reach them in a letter (name,
/// professional e-mail and phone; null when not entered).
/// </summary>
public sealed record UtilisateurAnnuaire(Guid Id, string Metier, Guid? ServiceId)
{
    public string? Nom { get; init; }

    public string? Prenom { get; init; }

    public string? Email { get; init; }

    public string? Telephone { get; init; }

    /// <summary>True for trades that see every service's data (administrateur, direction).</summary>
    public bool VoitTousLesServices => Metier is Metiers.Administrateur or Metiers.Direction;
}
