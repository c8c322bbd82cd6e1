using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Tests;

public sealed class TexteNormaliseTests
{
    [Theory]
    [InlineData("ARMENGAUD  François", "armengaud francois")]
    [InlineData("  Zoë Müller ", "zoe muller")]
    [InlineData("2026-00042 Hélène", "2026-00042 helene")]
    public void De_AccentsCasseEtEspaces_Normalises(string texte, string attendu) =>
        Assert.Equal(attendu, TexteNormalise.De(texte));
}
