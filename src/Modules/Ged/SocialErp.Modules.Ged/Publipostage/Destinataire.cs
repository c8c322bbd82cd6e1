namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>One generated document's recipient: the elements it is stored on, a title suffix and the field values.</summary>
internal sealed record Destinataire(
    string Cle,
    IReadOnlyList<(string Type, Guid Id)> Cibles,
    string Libelle,
    IReadOnlyDictionary<string, string?> Valeurs);
