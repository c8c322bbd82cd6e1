using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.FusionnerFiches;

/// <summary>The wire names of merge choices.</summary>
internal static class ChoixFusion
{
    public const string Conservee = "conservee";
    public const string Absorbee = "absorbee";

    public static readonly IReadOnlyDictionary<string, ChampFusion> Champs = new Dictionary<string, ChampFusion>(StringComparer.Ordinal)
    {
        ["nom"] = ChampFusion.Nom,
        ["prenom"] = ChampFusion.Prenom,
        ["dateNaissance"] = ChampFusion.DateNaissance,
        ["numeroAvs"] = ChampFusion.NumeroAvs,
        ["email"] = ChampFusion.Email,
    };

    /// <summary>The fields whose value comes from the absorbed fiche (request already validated).</summary>
    public static IReadOnlySet<ChampFusion> ChampsRepris(IReadOnlyDictionary<string, string>? choix) =>
        (choix ?? new Dictionary<string, string>())
            .Where(c => c.Value == Absorbee)
            .Select(c => Champs[c.Key])
            .ToHashSet();
}
