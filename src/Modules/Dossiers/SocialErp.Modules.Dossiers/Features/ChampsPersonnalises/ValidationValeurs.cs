using System.Text.Json;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.ChampsPersonnalises;

/// <summary>Checks submitted values against the prestation's fields and turns them into their stored text.</summary>
internal static class ValidationValeurs
{
    public static Result<IReadOnlyDictionary<string, string>> Valider(
        IReadOnlyList<ChampPersonnalise> champs, IReadOnlyDictionary<string, JsonElement> saisies)
    {
        var erreurs = new Dictionary<string, string[]>();
        var valeurs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, saisie) in saisies)
        {
            if (saisie.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
            {
                continue;
            }

            var champ = champs.FirstOrDefault(c => c.Code == code);
            var texte = champ?.Normaliser(saisie);
            if (champ is null)
            {
                erreurs[$"valeurs.{code}"] = ["Ce champ n'existe pas pour la prestation du dossier."];
            }
            else if (texte is null)
            {
                erreurs[$"valeurs.{code}"] = [Attendu(champ)];
            }
            else if (texte.Length > ValeurChampConfiguration.ValeurMaxLength)
            {
                erreurs[$"valeurs.{code}"] = [$"Au plus {ValeurChampConfiguration.ValeurMaxLength} caractères."];
            }
            else if (!(champ.Type == TypesChamp.Texte && string.IsNullOrWhiteSpace(texte)))
            {
                valeurs[code] = texte;
            }
        }

        foreach (var champ in champs.Where(c => c.Obligatoire && !valeurs.ContainsKey(c.Code) && !erreurs.ContainsKey($"valeurs.{c.Code}")))
        {
            erreurs[$"valeurs.{champ.Code}"] = [$"« {champ.Libelle} » est obligatoire."];
        }

        return erreurs.Count == 0
            ? Result<IReadOnlyDictionary<string, string>>.Success(valeurs)
            : Error.Validation("dossiers.champs-invalides", "Certaines valeurs des champs personnalisés sont invalides.", erreurs);
    }

    private static string Attendu(ChampPersonnalise champ) => champ.Type switch
    {
        TypesChamp.Nombre => "Un nombre est attendu.",
        TypesChamp.Date => "Une date au format AAAA-MM-JJ est attendue.",
        TypesChamp.Booleen => "true ou false est attendu.",
        TypesChamp.Liste => $"Une de ces valeurs est attendue : {string.Join(", ", champ.ListeOptions)}.",
        _ => "Un texte est attendu.",
    };
}
