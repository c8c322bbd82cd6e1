using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Banque;
using SocialErp.Modules.Comptabilite.Banque.QrFacture;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Domain.Fournisseurs;
using SocialErp.Modules.Comptabilite.Domain.Paiements;
using SocialErp.Modules.Comptabilite.Features.Paiements;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.Modules.Fiches.Contracts.Queries;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Comptabilite.Features.FacturesFournisseurs;

/// <summary>
/// Captures supplier invoices (from the QR-bill payload or typed account and reference) and approves them — by
/// another user than the one who captured them — which posts charge vs payable and creates the payment order.
/// </summary>
internal sealed class FacturesFournisseursHandler(
    ComptabiliteDbContext db, Comptabilisation comptabilisation, DimensionsVisibles visibles, IFichesLecture fiches, ICurrentUser user, TimeProvider timeProvider)
{
    private const string CompteParDefaut = "3634";
    private const string CompteCreanciers = "2000";

    public async Task<Result<FactureFournisseur>> SaisirAsync(FactureFournisseurRequest request, CancellationToken cancellationToken)
    {
        var fournisseur = await FournisseurAsync(request, cancellationToken);
        if (!fournisseur.IsSuccess)
        {
            return fournisseur.Error!;
        }

        var (creancier, montant) = fournisseur.Value;
        var repartitions = await RepartitionsAsync(request.Repartitions!, montant, cancellationToken);
        if (!repartitions.IsSuccess)
        {
            return repartitions.Error!;
        }

        var dateFacture = request.DateFacture!.Value;
        var facture = FactureFournisseur.Saisir(
            creancier, request.NumeroFacture, dateFacture, request.Echeance ?? dateFacture.AddDays(30), montant, request.Communication, repartitions.Value,
            timeProvider.Maintenant(), user.Id);
        db.FacturesFournisseurs.Add(facture);
        await db.SaveChangesAsync(cancellationToken);
        return facture;
    }

    public async Task<Result<FactureFournisseur>> ApprouverAsync(Guid id, long? versionAttendue, CancellationToken cancellationToken)
    {
        var facture = await ChargerAsync(id, cancellationToken);
        if (facture is null)
        {
            return PaiementsErrors.FactureIntrouvable;
        }

        var ok = SocialErp.BuildingBlocks.Http.ETags.Check(versionAttendue, facture.Version);
        if (!ok.IsSuccess)
        {
            return ok.Error!;
        }

        if (facture.Statut != StatutsFacture.AApprouver)
        {
            return PaiementsErrors.StatutIncompatible("Cette facture est déjà approuvée.");
        }

        if (facture.CreePar is { } auteur && auteur == user.Id)
        {
            return PaiementsErrors.QuatreYeux;
        }

        var numeros = facture.Repartitions.Select(r => r.Compte).Append(CompteCreanciers).Distinct().ToList();
        var comptes = await db.Comptes.Where(c => numeros.Contains(c.Numero)).ToDictionaryAsync(c => c.Numero, cancellationToken);
        var libelle = $"Facture {facture.NomFournisseur}" + (facture.NumeroFacture is null ? string.Empty : $" n° {facture.NumeroFacture}");
        var lignes = facture.Repartitions.OrderBy(r => r.Ordre)
            .Select(r => new LigneSaisie(comptes[r.Compte], r.Montant, 0, r.FicheId, null, r.DossierId, null, null, comptes[r.Compte].TypeCharge, "tiers", r.Libelle))
            .Append(new LigneSaisie(comptes[CompteCreanciers], 0, facture.Montant, null, null, null, null, null, null, "tiers", facture.NomFournisseur))
            .ToList();
        var ecriture = await comptabilisation.PasserAsync(facture.DateFacture, libelle, pieceId: null, extourneDe: null, ordinaire: false, lignes, cancellationToken);
        if (!ecriture.IsSuccess)
        {
            return ecriture.Error!;
        }

        var seul = facture.Repartitions.Count == 1 ? facture.Repartitions[0] : null;
        var ordre = OrdrePaiement.Creer(
                OriginesOrdre.FactureFournisseur, seul?.DossierId, seul?.FicheId, facture.Creancier, libelle.Length > 140 ? libelle[..140] : libelle,
                facture.Montant, facture.Echeance, CompteCreanciers, ordinaire: false, timeProvider.Maintenant())
            .DeLaFacture(facture.Id);
        db.OrdresPaiement.Add(ordre);
        facture.Approuver(timeProvider.Maintenant(), user.Id, ecriture.Value.Id, ordre.Id);
        await db.SaveChangesAsync(cancellationToken);
        return facture;
    }

    /// <summary>The invoice with its split, when at least one of its dossiers is visible.</summary>
    public async Task<FactureFournisseur?> ChargerAsync(Guid id, CancellationToken cancellationToken)
    {
        var facture = await db.FacturesFournisseurs.Include(f => f.Repartitions).FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        return facture is not null && await VisibleAsync(facture, cancellationToken) ? facture : null;
    }

    public Task<bool> VisibleAsync(FactureFournisseur facture, CancellationToken cancellationToken) =>
        visibles.UnDossierAsync(facture.Repartitions.Select(r => r.DossierId), cancellationToken);

    private async Task<Result<(Creancier Creancier, decimal Montant)>> FournisseurAsync(FactureFournisseurRequest request, CancellationToken cancellationToken)
    {
        FicheApercu? fiche = null;
        if (request.FournisseurId is { } fournisseurId)
        {
            var trouvees = await fiches.TrouverAsync([fournisseurId], timeProvider.Aujourdhui(), cancellationToken);
            fiche = trouvees.Count > 0 ? trouvees[0] : null;
            if (fiche is null)
            {
                return Error.Validation("fournisseurId", "Cette fiche n'existe pas ou ne vous est pas visible.");
            }
        }

        if (!string.IsNullOrWhiteSpace(request.Qr))
        {
            var qr = LecteurFactureQr.Lire(request.Qr);
            if (!qr.IsSuccess)
            {
                return qr.Error!;
            }

            if (qr.Value.Monnaie != "CHF")
            {
                return BanqueErrors.FactureQrInvalide("qr", "Seules les factures en CHF sont payées par le service.");
            }

            var montantQr = qr.Value.Montant ?? request.Montant;
            if (montantQr is null || (request.Montant is { } saisi && saisi != montantQr))
            {
                return Error.Validation("montant", montantQr is null
                    ? "La facture QR n'indique pas de montant : il est requis."
                    : $"Le montant saisi diffère de celui de la facture QR ({montantQr}).");
            }

            var c = qr.Value.Creancier;
            return (new Creancier(
                fiche?.Id, c.Nom, c.Rue, c.Numero, c.CodePostal, c.Localite, c.Pays, qr.Value.Compte.Valeur, qr.Value.Reference.Code, qr.Value.Reference.Valeur),
                montantQr.Value);
        }

        var compte = ComptePaiement.Lire(request.Iban, request.TypeReference, request.Reference, string.Empty);
        if (!compte.IsSuccess)
        {
            return compte.Error!;
        }

        var saisie = request.Adresse;
        var nom = saisie?.Nom ?? (fiche is null ? null : fiche.Prenom is null ? fiche.Nom : $"{fiche.Prenom} {fiche.Nom}");
        var adresse = saisie is null && fiche?.Adresse is { } a
            ? AdresseStructuree.Creer(nom, a.Rue, a.Numero, a.Npa, a.Localite, a.Pays, "adresse")
            : AdresseStructuree.Creer(nom, saisie?.Rue, saisie?.Numero, saisie?.CodePostal, saisie?.Localite, saisie?.Pays ?? "CH", "adresse");
        if (!adresse.IsSuccess)
        {
            return adresse.Error!;
        }

        var ad = adresse.Value;
        return (new Creancier(fiche?.Id, ad.Nom, ad.Rue, ad.Numero, ad.CodePostal, ad.Localite, ad.Pays, compte.Value.Iban.Valeur, compte.Value.Reference.Code,
            compte.Value.Reference.Valeur), request.Montant!.Value);
    }

    private async Task<Result<List<RepartitionFacture>>> RepartitionsAsync(IReadOnlyList<RepartitionRequest> demandes, decimal montant, CancellationToken cancellationToken)
    {
        var numeros = demandes.Select(d => d.Compte ?? CompteParDefaut).Distinct().ToList();
        var comptes = await db.Comptes.AsNoTracking().Where(c => numeros.Contains(c.Numero)).ToDictionaryAsync(c => c.Numero, cancellationToken);
        var erreurs = new Dictionary<string, string[]>();
        var repartitions = new List<RepartitionFacture>();
        for (var i = 0; i < demandes.Count; i++)
        {
            var demande = demandes[i];
            var numero = demande.Compte ?? CompteParDefaut;
            if (!comptes.TryGetValue(numero, out var compte) || !compte.Actif || compte.Classe != ClassesCompte.Charge)
            {
                erreurs[$"repartitions[{i}].compte"] = [$"Le compte {numero} n'est pas un compte de charge actif."];
            }

            if (!await visibles.DossierAsync(demande.DossierId!.Value, cancellationToken))
            {
                erreurs[$"repartitions[{i}].dossierId"] = ["Ce dossier n'existe pas ou ne vous est pas visible."];
            }

            if (demande.FicheId is { } ficheId && !await visibles.FicheAsync(ficheId, cancellationToken))
            {
                erreurs[$"repartitions[{i}].ficheId"] = ["Cette fiche n'existe pas ou ne vous est pas visible."];
            }

            repartitions.Add(RepartitionFacture.Creer(i, demande.DossierId!.Value, demande.FicheId, numero, demande.Montant!.Value, demande.Libelle));
        }

        if (erreurs.Count == 0 && repartitions.Sum(r => r.Montant) != montant)
        {
            erreurs["repartitions"] = [$"La répartition ({repartitions.Sum(r => r.Montant)}) doit égaler le montant de la facture ({montant})."];
        }

        return erreurs.Count > 0
            ? Error.Validation("comptabilite.facture-fournisseur-invalide", "La facture fournisseur est invalide.", erreurs)
            : repartitions;
    }
}
