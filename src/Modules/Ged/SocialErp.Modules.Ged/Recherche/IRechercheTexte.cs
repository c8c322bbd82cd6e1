namespace SocialErp.Modules.Ged.Recherche;

/// <summary>
/// The one full-text query of the GED, answered by the database's own engine: the ids of documents whose searchable
/// text (title, description, file name, extracted content) holds every word of <c>q</c>, ignoring case. SQLite (FTS5)
/// also ignores accents and matches word starts; PostgreSQL (tsvector 'french') matches French word stems.
/// Composable: the result is a subquery of the caller's EF query.
/// </summary>
internal interface IRechercheTexte
{
    IQueryable<Guid> DocumentsContenant(string q);
}
