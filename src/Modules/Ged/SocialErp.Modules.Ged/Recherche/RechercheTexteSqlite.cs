using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Ged.Persistence;

namespace SocialErp.Modules.Ged.Recherche;

/// <summary>FTS5 over <c>ged_texte_document</c> (unicode61, diacritics removed): every word, as a prefix.</summary>
internal sealed class RechercheTexteSqlite(GedDbContext db) : IRechercheTexte
{
    public IQueryable<Guid> DocumentsContenant(string q)
    {
        var expression = string.Join(" ", Mots.De(q).Select(m => $"\"{m}\"*"));
        return db.Database.SqlQueryRaw<Guid>(
            """
            SELECT t.document_id AS "Value"
            FROM ged_texte_document_fts f JOIN ged_texte_document t ON t.id = f.rowid
            WHERE ged_texte_document_fts MATCH {0}
            """,
            expression);
    }
}
