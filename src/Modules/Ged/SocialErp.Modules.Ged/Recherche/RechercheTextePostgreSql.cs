using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Ged.Persistence;

namespace SocialErp.Modules.Ged.Recherche;

/// <summary>tsvector 'french' over <c>ged_texte_document</c> (GIN expression index): every word, by French stem.</summary>
internal sealed class RechercheTextePostgreSql(GedDbContext db) : IRechercheTexte
{
    public IQueryable<Guid> DocumentsContenant(string q) =>
        db.Database.SqlQueryRaw<Guid>(
            """
            SELECT t.document_id AS "Value"
            FROM ged.ged_texte_document t
            WHERE to_tsvector('french', t.texte) @@ plainto_tsquery('french', {0})
            """,
            string.Join(" ", Mots.De(q)));
}
