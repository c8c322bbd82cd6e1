using System.Text.Json.Nodes;

namespace SocialErp.Modules.Fiches.Features.ModifierFichePartiellement;

/// <summary>RFC 7396: members of the patch replace the target's, null removes them, objects merge, arrays replace.</summary>
internal static class JsonMergePatch
{
    public static JsonNode? Appliquer(JsonNode? cible, JsonNode? patch)
    {
        if (patch is not JsonObject objetPatch)
        {
            return patch?.DeepClone();
        }

        var resultat = cible is JsonObject objetCible ? (JsonObject)objetCible.DeepClone() : [];
        foreach (var (nom, valeur) in objetPatch)
        {
            var existant = resultat.FirstOrDefault(p => string.Equals(p.Key, nom, StringComparison.OrdinalIgnoreCase)).Key ?? nom;
            if (valeur is null)
            {
                resultat.Remove(existant);
            }
            else
            {
                var fusion = Appliquer(resultat[existant], valeur);
                resultat.Remove(existant);
                resultat[nom] = fusion;
            }
        }

        return resultat;
    }
}
