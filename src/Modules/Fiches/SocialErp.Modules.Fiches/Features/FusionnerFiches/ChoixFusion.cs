using SocialErp.Modules.Fiches.Domain;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Fiches.Features.FusionnerFiches;

/// <summary>The wire values of merge choices, and the choices read as "take the absorbed fiche's value".</summary>
internal static class ChoixFusion
{
    public const string Conservee = "conservee";
    public const string Absorbee = "absorbee";

    /// <summary>Field → true when the absorbed fiche's value was chosen (request already validated).</summary>
    public static IReadOnlyDictionary<string, bool> Lire(IReadOnlyDictionary<string, string>? choix) =>
        (choix ?? new Dictionary<string, string>()).ToDictionary(c => c.Key, c => c.Value == Absorbee, StringComparer.Ordinal);

    /// <summary>The first chosen field a fiche of <paramref name="type"/> does not have, as a 400 on <c>choix.&lt;champ&gt;</c>.</summary>
    public static Error? ChampHorsType(TypeFiche type, IReadOnlyDictionary<string, string>? choix)
    {
        var champ = (choix ?? new Dictionary<string, string>()).Keys.FirstOrDefault(c => ChampsFusion.Trouver(c) is { } f && !f.Concerne(type));
        return champ is null
            ? null
            : Error.Validation(
                $"choix.{champ}", $"Ce champ n'existe pas pour une fiche de ce type. Champs au choix : {ChampsFusion.Description}.");
    }
}
