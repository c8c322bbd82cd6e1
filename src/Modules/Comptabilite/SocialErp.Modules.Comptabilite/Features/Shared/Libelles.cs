using System.Diagnostics.CodeAnalysis;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>Texts cut to the length a column or a bank message allows.</summary>
internal static class Libelles
{
    [return: NotNullIfNotNull(nameof(texte))]
    public static string? Tronquer(string? texte, int longueur) => texte is null || texte.Length <= longueur ? texte : texte[..longueur];
}
