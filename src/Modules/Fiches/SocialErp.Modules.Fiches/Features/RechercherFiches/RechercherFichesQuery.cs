namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>
/// Search parameters. <c>q</c>: words matched by prefix against names (without accents or case), or an e-mail
/// address (whole or its start), or digits (AVS number or phone, by prefix: 079 123 finds +41 79 123 45 67).
/// <c>categorie</c>: one of the categories; <c>commune</c>: BFS number of the commune of residence;
/// <c>type</c>: personne or organisation; <c>archivee</c>: false by default. <c>sort</c> is <c>pertinence</c> (default with <c>q</c>), <c>nom</c> (default without), <c>dateNaissance</c> or <c>creeLe</c>, prefixed by <c>-</c> for descending.
/// </summary>
internal sealed record RechercherFichesQuery(
    string? Q,
    string? Categorie,
    int? Commune,
    string? Type,
    bool? Archivee,
    int? Page,
    int? PageSize,
    string? Sort);
