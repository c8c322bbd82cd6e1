using SocialErp.Modules.Comptabilite.Banque;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;
using SocialErp.Modules.Comptabilite.Banque.Pain001;

namespace SocialErp.Modules.Comptabilite.Tests.Banque;

/// <summary>Payment batches as the service would release them: rent to a régie, a doctor, an insurer, a person.</summary>
internal static class LotsVirementsExemples
{
    public static readonly DonneurOrdre ServiceSocial =
        new("Service social régional de Bienne", Iban.Lire("CH2909000000250094239").Value, "POFICHBEXXX");

    public static LotVirements Mixte() => new(
        "LOT-2026-11-001",
        new DateTimeOffset(2026, 11, 22, 14, 30, 0, TimeSpan.FromHours(1)),
        ServiceSocial,
        new DateOnly(2026, 11, 25),
        [
            new("PO-2026-000001", Adresse("Régie Délèze SA", "Rue du Marché", "12", "1950", "Sion"),
                Iban.Lire("CH4431999123000889012").Value, 1450.00m, "CHF",
                ReferencePaiement.Qr(ReferenceQr.Generer("2026110001").Value), "Loyer novembre — Müller"),
            new("PO-2026-000002", Adresse("Dr Anna Bernasconi", "Via Nassa", "5", "6900", "Lugano"),
                Iban.Lire("CH9300762011623852957").Value, 180.35m, "CHF",
                ReferencePaiement.Creancier(ReferenceCreancier.Generer("F2026118").Value)),
            new("PO-2026-000003", Adresse("Jean Rochat", null, null, "1700", "Fribourg"),
                Iban.Lire("CH5109000000250092291").Value, 985.50m, "CHF", ReferencePaiement.Aucune, "Aide sociale novembre 2026"),
            new("PO-2026-000004", Adresse("Krankenkasse Liechtenstein AG", "Städtle", "3", "9490", "Vaduz", "LI"),
                Iban.Lire("LI21088100002324013AA").Value, 312.40m, "EUR", ReferencePaiement.Aucune),
        ]);

    public static AdresseStructuree Adresse(string nom, string? rue, string? numero, string npa, string localite, string pays = "CH") =>
        AdresseStructuree.Creer(nom, rue, numero, npa, localite, pays).Value;
}
