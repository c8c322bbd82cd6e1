using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Banque;
using SocialErp.Modules.Comptabilite.Banque.Camt;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.Encaissements;

/// <summary>
/// Imports a camt.054 / camt.053 file, all or nothing: credits already imported (same <c>CleIdempotence</c>) are
/// skipped; each new credit is matched to an invoice by its QR / creditor reference, else by amount + debtor name
/// (one open invoice only), else left in the clearing account; one entry per credit (bank against receivable and
/// clearing for any over-payment). A partial payment leaves the invoice partly open.
/// </summary>
internal sealed class ImporterCamtHandler(
    ComptabiliteDbContext db, Comptabilisation comptabilisation, ImputationsEncaissement imputations, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<ImportCamtResponse>> HandleAsync(Stream fichier, string messageAttendu, CancellationToken cancellationToken)
    {
        var lu = LecteurCamt.Lire(fichier);
        if (!lu.IsSuccess)
        {
            return lu.Error!;
        }

        var releve = lu.Value;
        if (!releve.Version.StartsWith(messageAttendu, StringComparison.Ordinal))
        {
            return BanqueErrors.CamtVersionInconnue($"Ce fichier est un {releve.Version} : cette route attend un {messageAttendu}.");
        }

        db.EcrireEnMasse();
        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var import = ImportCamt.Commencer(releve.Version, CaracteresIso20022.Identifiant(releve.IdentifiantMessage), releve.Credits.Count, releve.EcrituresIgnorees, maintenant, user.Id);
        db.ImportsCamt.Add(import);
        var cles = releve.Credits.Select(c => c.CleIdempotence).ToArray();

        // One array parameter (EF.Parameter) rather than one parameter per credit of the file.
        var connues = (await db.Encaissements.Where(e => EF.Parameter(cles).Contains(e.CleIdempotence)).Select(e => e.CleIdempotence).ToListAsync(cancellationToken)).ToHashSet();
        var nouveaux = releve.Credits.Where(c => !connues.Contains(c.CleIdempotence)).ToList();
        var rapprochement = await RapprochementCredits.PreparerAsync(db, nouveaux, cancellationToken);
        var encaissements = new List<Encaissement>();
        foreach (var credit in releve.Credits)
        {
            if (connues.Contains(credit.CleIdempotence))
            {
                import.Compter(dejaImporte: true, null, credit.Montant);
                continue;
            }

            var encaissement = await ComptabiliserAsync(import, credit, rapprochement, maintenant, cancellationToken);
            if (!encaissement.IsSuccess)
            {
                return encaissement.Error!;
            }

            // Two identical credits in one file are told apart by the reader; a key repeated here would be the same credit.
            connues.Add(credit.CleIdempotence);
            encaissements.Add(encaissement.Value);
            import.Compter(dejaImporte: false, encaissement.Value.Rapprochement, credit.Montant);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ImportCamtResponse.From(import, encaissements);
    }

    private async Task<Result<Encaissement>> ComptabiliserAsync(
        ImportCamt import, AvisCredit credit, RapprochementCredits rapprochement, DateTime maintenant, CancellationToken cancellationToken)
    {
        var date = credit.DateComptabilisation ?? credit.DateValeur ?? timeProvider.Aujourdhui();
        var encaissement = Encaissement.Recevoir(
            import.Id, credit.CleIdempotence, date, credit.Montant, credit.Monnaie, credit.TypeReference, Libelles.Tronquer(credit.Reference, 35),
            Libelles.Tronquer(credit.NomDebiteur, 140), Libelles.Tronquer(credit.ReferenceBanque, 35), Libelles.Tronquer(credit.Communication, 140));
        var libelle = $"Encaissement {credit.ReferenceBanque ?? credit.Reference ?? credit.NomDebiteur ?? string.Empty}".Trim();
        var lignes = new List<LigneSaisie> { new(await imputations.BanqueAsync(cancellationToken), credit.Montant, 0, null, null, null, null, null, null, null, libelle) };
        var (facture, methode) = await rapprochement.TrouverAsync(credit, cancellationToken);
        var affecte = 0m;
        if (facture is not null)
        {
            var statutAvant = facture.Statut;
            affecte = credit.Montant - facture.Encaisser(credit.Montant);
            if (affecte > 0)
            {
                lignes.AddRange(await imputations.CreancesAsync(facture, affecte, $"{libelle} — facture {facture.Numero}", cancellationToken));
                imputations.PublierSiSoldee(facture, statutAvant, date);
            }
        }

        if (credit.Montant - affecte > 0)
        {
            lignes.Add(new LigneSaisie(await imputations.AttenteAsync(cancellationToken), 0, credit.Montant - affecte, null, null, null, null, null, null, null, libelle));
        }

        var ecriture = await comptabilisation.PasserAsync(date, libelle, null, null, false, lignes, cancellationToken);
        if (!ecriture.IsSuccess)
        {
            return ecriture.Error!;
        }

        encaissement.Comptabiliser(ecriture.Value.Id);
        if (facture is not null && affecte > 0)
        {
            encaissement.Affecter(facture.Id, affecte, methode!, null, maintenant, user.Id);
        }

        db.Encaissements.Add(encaissement);
        return encaissement;
    }
}
