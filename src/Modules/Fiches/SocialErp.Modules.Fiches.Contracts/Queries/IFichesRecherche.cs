namespace SocialErp.Modules.Fiches.Contracts.Queries;

/// <summary>
/// Read-only question other modules ask Fiches: which fiches the current user sees match this text (name, first
/// name, e-mail, AVS or phone number, word prefixes as on <c>GET /api/fiches?q=</c>), archived ones included. Used to
/// find a beneficiary's dossiers by name.
/// </summary>
public interface IFichesRecherche
{
    /// <summary>At most <paramref name="limite"/> + 1 ids, so the caller knows when the text is too broad; none for an empty text.</summary>
    Task<IReadOnlyList<Guid>> IdsAsync(string texte, int limite, CancellationToken cancellationToken);
}
