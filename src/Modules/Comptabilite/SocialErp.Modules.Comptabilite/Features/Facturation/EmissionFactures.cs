using Microsoft.Extensions.Options;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Shared;
using SocialErp.Modules.Comptabilite.Persistence;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// Issues a debtor invoice or credit note: next number of the year, payment reference derived from it (QRR on the
/// QR-IBAN or SCOR on the ordinary IBAN), the entry receivable / revenue line by line (so each line's person,
/// dossier, commune and benefit class are on both sides), the <c>FactureDebiteurEmise</c> event. Runs inside the
/// caller's transaction (<see cref="TransactionFacturation"/>); the caller saves.
/// </summary>
internal sealed class EmissionFactures(
    ComptabiliteDbContext db, Comptabilisation comptabilisation, NumerotationFactures numerotation, DimensionsDossier dimensions,
    IOptions<FacturationOptions> options, ICurrentUser user, TimeProvider timeProvider)
{
    public async Task<Result<FactureDebiteur>> EmettreAsync(EmissionFacture emission, CancellationToken cancellationToken)
    {
        var (compteDebiteur, _) = TypesDebiteur.Imputations[emission.Debiteur.Type];
        var avoir = emission.AvoirDe is not null;
        var lignesEcriture = new List<LigneEcritureRequest>();
        var lignes = new List<LigneFactureSaisie>();
        foreach (var saisie in emission.Lignes)
        {
            var (commune, prestation) = await dimensions.DeAsync(saisie.DossierId, cancellationToken);
            var ligne = saisie with { CommuneDomicile = saisie.CommuneDomicile ?? commune, Prestation = saisie.Prestation ?? prestation };
            lignes.Add(ligne);
            var (debit, credit) = avoir ? ((decimal?)null, (decimal?)ligne.Montant) : (ligne.Montant, null);
            lignesEcriture.Add(new LigneEcritureRequest(
                compteDebiteur, debit, credit, ligne.FicheId, null, ligne.DossierId, ligne.CommuneDomicile, ligne.Prestation, null, emission.Debiteur.Type, ligne.Libelle));
            lignesEcriture.Add(new LigneEcritureRequest(
                ligne.CompteRevenu, credit, debit, ligne.FicheId, null, ligne.DossierId, ligne.CommuneDomicile, ligne.Prestation, null, emission.Debiteur.Type, ligne.Libelle));
        }

        var saisies = await comptabilisation.ResoudreAsync(lignesEcriture, "lignes", cancellationToken);
        if (!saisies.IsSuccess)
        {
            return RenumeroterChamps(saisies.Error!);
        }

        var numero = await numerotation.SuivantAsync(emission.Date.Year, cancellationToken);
        var reference = Reference(emission.TypeReference, numero);
        var libelle = $"{(avoir ? "Avoir" : "Facture")} {numero.Texte} — {emission.Debiteur.Nom}";
        var ecriture = await comptabilisation.PasserAsync(emission.Date, libelle, null, null, false, saisies.Value, cancellationToken);
        if (!ecriture.IsSuccess)
        {
            return ecriture.Error!;
        }

        var facture = FactureDebiteur.Emettre(
            Guid.CreateVersion7(), numero, emission.Debiteur, emission.Date, emission.Date.AddDays(options.Value.DelaiPaiementJours),
            emission.TypeReference, reference, emission.Message, lignes, ecriture.Value.Id, timeProvider.GetUtcNow().UtcDateTime, user.Id,
            emission.AvoirDe, emission.ConventionId, emission.Periode);
        db.FacturesDebiteurs.Add(facture);
        db.Publish(new FactureDebiteurEmiseIntegrationEvent(
            facture.Id, facture.Numero, facture.DebiteurId, facture.TypeDebiteur, facture.Date, facture.Echeance, facture.Montant,
            facture.TypeReference, facture.Reference, facture.AvoirDe, DossiersDe(facture)));
        return facture;
    }

    /// <summary>
    /// The credit-note path: a credit note of <paramref name="lignes"/> on <paramref name="facture"/> (tracked), never on
    /// another credit note nor beyond what is left due on the invoice, which records the amount credited.
    /// </summary>
    public async Task<Result<FactureDebiteur>> CrediterAsync(
        FactureDebiteur facture, DateOnly date, string? motif, IReadOnlyList<LigneFactureSaisie> lignes, CancellationToken cancellationToken)
    {
        if (facture.AvoirDe is not null)
        {
            return FacturationErrors.AvoirSurAvoir;
        }

        if (facture.Solde <= 0)
        {
            return FacturationErrors.FactureSoldee;
        }

        var montant = lignes.Sum(l => l.Montant);
        if (montant > facture.Solde)
        {
            return FacturationErrors.AvoirDepasseSolde;
        }

        var avoir = await EmettreAsync(
            new EmissionFacture(new Debiteur(facture.DebiteurId, facture.TypeDebiteur, facture.NomDebiteur), date, facture.TypeReference, motif, lignes, AvoirDe: facture.Id),
            cancellationToken);
        if (avoir.IsSuccess)
        {
            facture.Crediter(montant);
        }

        return avoir;
    }

    public static IReadOnlyList<Guid> DossiersDe(FactureDebiteur facture) =>
        facture.Lignes.Where(l => l.DossierId is not null).Select(l => l.DossierId!.Value).Distinct().ToList();

    /// <summary>The reference is built from the number's digits: unique, and readable back to the invoice.</summary>
    private static string Reference(string type, NumeroFacture numero) => type == ReferencesFacture.Qrr
        ? ReferenceQr.Generer(numero.Chiffres).Value.Valeur
        : ReferenceCreancier.Generer(numero.Chiffres).Value.Valeur;

    // The entry has two lines per invoice line: a problem on entry line k is reported on invoice line k / 2.
    private static Error RenumeroterChamps(Error erreur)
    {
        if (erreur.Fields is null)
        {
            return erreur;
        }

        var champs = new Dictionary<string, string[]>();
        foreach (var (champ, messages) in erreur.Fields)
        {
            var debut = champ.IndexOf('[', StringComparison.Ordinal);
            var fin = champ.IndexOf(']', StringComparison.Ordinal);
            var nom = debut > 0 && fin > debut && int.TryParse(champ[(debut + 1)..fin], out var k)
                ? $"{champ[..debut]}[{k / 2}]{champ[(fin + 1)..]}"
                : champ;
            champs[nom] = messages;
        }

        return Error.Validation(erreur.Code, erreur.Message, champs);
    }
}

/// <summary>What to issue: debtor, date, reference type, lines; for a credit note the invoice it credits.</summary>
internal sealed record EmissionFacture(
    Debiteur Debiteur,
    DateOnly Date,
    string TypeReference,
    string? Message,
    IReadOnlyList<LigneFactureSaisie> Lignes,
    Guid? AvoirDe = null,
    Guid? ConventionId = null,
    string? Periode = null);
