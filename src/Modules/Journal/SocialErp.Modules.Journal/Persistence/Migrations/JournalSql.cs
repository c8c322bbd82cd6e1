namespace SocialErp.Modules.Journal.Persistence.Migrations;

/// <summary>Provider-specific SQL of the Journal's migrations.</summary>
internal static class JournalSql
{
    private const string PostgreSql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static bool EstPostgreSql(string? provider) => provider == PostgreSql;

    public static string NumeroterMutationsExistantes(string? provider) => EstPostgreSql(provider)
        ? """
          UPDATE journal.journal_mutation m SET sequence = n.rang
          FROM (SELECT id, row_number() OVER (ORDER BY instant, id) AS rang FROM journal.journal_mutation) n
          WHERE m.id = n.id;
          """
        : """
          UPDATE journal_mutation SET sequence = (
              SELECT count(*) FROM journal_mutation p
              WHERE p.instant < journal_mutation.instant OR (p.instant = journal_mutation.instant AND p.id <= journal_mutation.id));
          """;

    /// <summary>
    /// The journal des mutations is append-only: the database itself refuses to change or delete a line, whatever
    /// the code asks. (Someone with DDL rights can still drop the guard: the hash chain is what detects that.)
    /// </summary>
    public static string InterdireModificationMutations(string? provider) => EstPostgreSql(provider)
        ? """
          CREATE FUNCTION journal.mutation_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
              RAISE EXCEPTION 'journal des mutations : les lignes ne se modifient ni ne se suppriment (%).', TG_OP;
          END $$;
          CREATE TRIGGER mutation_immuable BEFORE UPDATE OR DELETE ON journal.journal_mutation
              FOR EACH ROW EXECUTE FUNCTION journal.mutation_immuable();
          CREATE TRIGGER mutation_immuable_truncate BEFORE TRUNCATE ON journal.journal_mutation
              FOR EACH STATEMENT EXECUTE FUNCTION journal.mutation_immuable();
          """
        : """
          CREATE TRIGGER journal_mutation_sans_modification BEFORE UPDATE ON journal_mutation
          BEGIN SELECT RAISE(ABORT, 'journal des mutations : les lignes ne se modifient pas.'); END;
          CREATE TRIGGER journal_mutation_sans_suppression BEFORE DELETE ON journal_mutation
          BEGIN SELECT RAISE(ABORT, 'journal des mutations : les lignes ne se suppriment pas.'); END;
          """;
}
