using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Banque.Camt;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Encaissements;

/// <summary>
/// Finds a credit's invoice: by reference, else the one open invoice of that amount and debtor name. The invoices a
/// file may pay are read up front in two queries (those of its references, and the open ones when some credit has
/// no known reference) and indexed in memory by reference and by debtor name, so matching a credit reads nothing.
/// The amount is compared with the invoice's balance at that moment: an earlier credit of the same file may have
/// paid part of it.
/// </summary>
internal sealed class RapprochementCredits
{
    public const string ParReference = "reference";
    public const string ParMontantNom = "montant-nom";

    private readonly ComptabiliteDbContext _db;
    private readonly Dictionary<string, FactureDebiteur> _parReference;
    private readonly Dictionary<string, List<FactureDebiteur>> _ouvertesParNom;

    private RapprochementCredits(ComptabiliteDbContext db, Dictionary<string, FactureDebiteur> parReference, IEnumerable<FactureDebiteur> ouvertes)
    {
        _db = db;
        _parReference = parReference;
        _ouvertesParNom = ouvertes.GroupBy(f => NomsDebiteurs.Cle(f.NomDebiteur)).Where(g => g.Key.Length > 0).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public static async Task<RapprochementCredits> PreparerAsync(ComptabiliteDbContext db, IReadOnlyList<AvisCredit> credits, CancellationToken cancellationToken)
    {
        var references = credits.Where(c => c.Reference is not null && c.TypeReference != TypeReference.Non).Select(c => c.Reference!).Distinct().ToArray();
        var parReference = references.Length == 0
            ? []
            : await db.FacturesDebiteurs.Include(f => f.Lignes).AsSplitQuery()
                .Where(f => EF.Parameter(references).Contains(f.Reference) && f.AvoirDe == null).ToDictionaryAsync(f => f.Reference, cancellationToken);
        var sansReference = credits.Any(c => c.Reference is null || !parReference.ContainsKey(c.Reference));
        var ouvertes = sansReference
            ? await db.FacturesDebiteurs
                .Where(f => f.AvoirDe == null && (f.Statut == StatutsFacture.Ouverte || f.Statut == StatutsFacture.PartiellementPayee))
                .ToListAsync(cancellationToken)
            : [];
        return new RapprochementCredits(db, parReference, ouvertes);
    }

    public async Task<(FactureDebiteur? Facture, string? Methode)> TrouverAsync(AvisCredit credit, CancellationToken cancellationToken)
    {
        if (credit.Reference is not null && _parReference.TryGetValue(credit.Reference, out var facture))
        {
            return (facture, ParReference);
        }

        var nom = NomsDebiteurs.Cle(credit.NomDebiteur);
        if (nom.Length == 0 || !_ouvertesParNom.TryGetValue(nom, out var memeNom))
        {
            return (null, null);
        }

        var candidates = memeNom.Where(f => f.Solde == credit.Montant).Take(2).ToList();
        if (candidates.Count != 1)
        {
            return (null, null);
        }

        var trouvee = candidates[0];
        if (!_db.Entry(trouvee).Collection(f => f.Lignes).IsLoaded)
        {
            // Only the invoice a credit matched by name needs its lines (to split the receivable): read then, once.
            await _db.Entry(trouvee).Collection(f => f.Lignes).LoadAsync(cancellationToken);
        }

        return (trouvee, ParMontantNom);
    }
}
