using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Features.Decomptes;
using SocialErp.Modules.Comptabilite.Features.Encaissements;
using SocialErp.Modules.Comptabilite.Features.Facturation;

namespace SocialErp.Modules.Comptabilite.Tests.Facturation;

/// <summary>The pure rules of invoicing: pro-rata splits, payer-name matching, settlement periods, invoice balance.</summary>
[Trait("Category", "Unit")]
public sealed class FacturationReglesTests
{
    [Theory]
    [InlineData(new[] { "100", "200" }, "100", new[] { "33.33", "66.67" })]
    [InlineData(new[] { "1", "1", "1" }, "1", new[] { "0.33", "0.33", "0.34" })]
    [InlineData(new[] { "50" }, "12.35", new[] { "12.35" })]
    [InlineData(new[] { "3000", "1000" }, "675", new[] { "506.25", "168.75" })]
    public void ProRata_AddsUpToTheAmountToTheCentime(string[] poids, string montant, string[] attendu)
    {
        var parts = Repartition.ProRata(poids.Select(decimal.Parse).ToList(), decimal.Parse(montant));

        Assert.Equal(attendu.Select(decimal.Parse), parts);
        Assert.Equal(decimal.Parse(montant), parts.Sum());
    }

    [Theory]
    [InlineData("ROCHAT LINE", "Line Rochat", true)]
    [InlineData("  Müller-Brand, Hélène ", "helene muller brand", true)]
    [InlineData("Line Rochat", "Line Rochaz", false)]
    [InlineData("", "Line Rochat", false)]
    public void NomsDebiteurs_IgnoreCaseAccentsPunctuationAndOrder(string banque, string facture, bool egaux)
    {
        var cleBanque = NomsDebiteurs.Cle(banque);

        Assert.Equal(egaux, cleBanque.Length > 0 && cleBanque == NomsDebiteurs.Cle(facture));
    }

    [Theory]
    [InlineData("2026", "2026-01-01", "2026-12-31")]
    [InlineData("2026-S2", "2026-07-01", "2026-12-31")]
    [InlineData("2026-T1", "2026-01-01", "2026-03-31")]
    [InlineData("2028-02", "2028-02-01", "2028-02-29")]
    public void PeriodeDecompte_Lire_GivesTheDates(string code, string du, string au)
    {
        var periode = PeriodeDecompte.Lire(code);

        Assert.Equal((DateOnly.Parse(du), DateOnly.Parse(au)), (periode.Value.Du, periode.Value.Au));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-T5")]
    [InlineData("26")]
    [InlineData(null)]
    public void PeriodeDecompte_Lire_RefusesOtherShapes(string? code) => Assert.False(PeriodeDecompte.Lire(code).IsSuccess);

    [Fact]
    public void FactureDebiteur_PaiementsEtAvoir_BalanceStatusAndOverPayment()
    {
        var facture = FactureDebiteur.Emettre(
            Guid.NewGuid(), new NumeroFacture(2026, 7), new Debiteur(Guid.NewGuid(), "parent", "Line Rochat"), new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31),
            "QRR", "000000000000020260000000070", null, [new LigneFactureSaisie("Ligne", 1, 300m, 300m, "4262", null, null)], Guid.NewGuid(), DateTime.UtcNow, null);

        Assert.Equal(0m, facture.Encaisser(100m));
        Assert.Equal(StatutsFacture.PartiellementPayee, facture.Statut);
        facture.Crediter(50m);
        Assert.Equal(150m, facture.Solde);
        Assert.Equal(20m, facture.Encaisser(170m));
        Assert.Equal(StatutsFacture.Soldee, facture.Statut);
        Assert.Equal(0m, facture.Solde);
        Assert.Equal("2026-000007", facture.Numero);
    }
}
