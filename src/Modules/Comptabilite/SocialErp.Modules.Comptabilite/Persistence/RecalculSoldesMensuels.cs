namespace SocialErp.Modules.Comptabilite.Persistence;

/// <summary>
/// Fills the stored monthly balances from the lines, set-based, once: when the table is created over an existing
/// ledger, and after a bulk load that bypasses the posting path (the ledger benchmark).
/// </summary>
internal static class RecalculSoldesMensuels
{
    private const string Aucun = "00000000-0000-0000-0000-000000000000";

    public static string Sql(bool postgreSql) => postgreSql
        ? $"""
           INSERT INTO comptabilite.comptabilite_solde_mensuel
             (fiche_id, unite_allocation_id, compte_id, genre, type_charge, annee, mois, debit_centimes, credit_centimes, nombre_lignes)
           SELECT coalesce(fiche_id, '{Aucun}'::uuid), coalesce(unite_allocation_id, '{Aucun}'::uuid), compte_id, genre, coalesce(type_charge, ''),
             extract(year from date)::int, extract(month from date)::int, sum(round(debit * 100))::bigint, sum(round(credit * 100))::bigint, count(*)::int
           FROM comptabilite.comptabilite_ligne_ecriture
           WHERE fiche_id IS NOT NULL OR unite_allocation_id IS NOT NULL
           GROUP BY 1, 2, 3, 4, 5, 6, 7;
           """
        : $"""
           INSERT INTO comptabilite_solde_mensuel
             (fiche_id, unite_allocation_id, compte_id, genre, type_charge, annee, mois, debit_centimes, credit_centimes, nombre_lignes)
           SELECT coalesce(fiche_id, '{Aucun}'), coalesce(unite_allocation_id, '{Aucun}'), compte_id, genre, coalesce(type_charge, ''),
             CAST(substr(date, 1, 4) AS INTEGER), CAST(substr(date, 6, 2) AS INTEGER),
             sum(CAST(round(debit * 100) AS INTEGER)), sum(CAST(round(credit * 100) AS INTEGER)), count(*)
           FROM comptabilite_ligne_ecriture
           WHERE fiche_id IS NOT NULL OR unite_allocation_id IS NOT NULL
           GROUP BY 1, 2, 3, 4, 5, 6, 7;
           """;
}
