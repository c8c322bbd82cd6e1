using SocialErp.BuildingBlocks.Persistence;

namespace SocialErp.BuildingBlocks.Tests.Persistence;

[Trait("Category", "Unit")]
public sealed class NamingConventionsTests
{
    [Theory]
    [InlineData("Nom", "nom")]
    [InlineData("DateNaissance", "date_naissance")]
    [InlineData("NumeroAvs", "numero_avs")]
    [InlineData("OutboxMessage", "outbox_message")]
    [InlineData("IBANCompte", "iban_compte")]
    [InlineData("Ligne2Adresse", "ligne2_adresse")]
    public void ToSnakeCase_PascalCase_SnakeCase(string name, string expected) =>
        Assert.Equal(expected, NamingConventions.ToSnakeCase(name));

    [Fact]
    public void TableName_PrefixedByModule() =>
        Assert.Equal("fiches_entree_journal", NamingConventions.TableName("fiches", "EntreeJournal"));
}
