using System.Security.Cryptography;
using System.Text;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>
/// What a dossier owes its funders now, every month at once, from the current sessions and funding: the sessions
/// signed present inside the convention, in the order they started, valued and capped by <see cref="ValorisationSeances"/>
/// (so a cancelled session frees funded hours for the next ones), each session's amount split between the funders by
/// <see cref="Repartition.ProRata"/>. A <c>forfait</c> funding bills no session: its amount, split the same way, is due
/// once per convention, in the month of the convention's first session signed present.
/// </summary>
internal static class DusSeances
{
    public static Result<DusDossier> Calculer(FinancementProjete financement, IReadOnlyList<SeanceProjetee> seances)
    {
        var facturables = seances.Where(s => s.EstFacturable && financement.Couvre(s.Jour)).OrderBy(s => s.Debut).ThenBy(s => s.SeanceId).ToList();
        var financeurs = financement.Financeurs();
        var poids = financeurs.Select(f => f.Poids).ToList();
        var dus = new List<DuSeance>();
        if (financement.ModeMontant == FinancementProjete.ModeForfait)
        {
            if (facturables.FirstOrDefault() is { } premiere)
            {
                var parts = Repartition.ProRata(poids, financement.Montant);
                dus.AddRange(financeurs.Select((f, i) => new DuSeance(
                    CleForfait(financement), f.FicheId, MouvementSeance.NatureForfait, Periode(premiere.Jour), premiere.Jour, 0m, 0m, parts[i])));
            }

            return new DusDossier(dus, []);
        }

        var valorisation = ValorisationSeances.Valoriser(financement, facturables, 0m);
        if (!valorisation.IsSuccess)
        {
            return valorisation.Error!;
        }

        foreach (var valorisee in valorisation.Value.Seances)
        {
            var parts = Repartition.ProRata(poids, valorisee.Montant);
            var seance = valorisee.Seance;
            dus.AddRange(financeurs.Select((f, i) => new DuSeance(
                seance.SeanceId, f.FicheId, MouvementSeance.NatureSeance, Periode(seance.Jour), seance.Jour, seance.DureeHeures, valorisee.Heures, parts[i])));
        }

        var depassees = valorisation.Value.Depassees
            .Select(s => new SeanceDepassee(s, s.DureeHeures - (valorisation.Value.Seances.FirstOrDefault(v => v.Seance == s)?.Heures ?? 0m)))
            .ToList();
        return new DusDossier(dus, depassees);
    }

    /// <summary>The forfait's key: one per dossier and convention reference, so a renewed convention bills its own forfait.</summary>
    public static Guid CleForfait(FinancementProjete financement)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"forfait:{financement.DossierId:N}:{financement.ConventionReference}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    public static string Periode(DateOnly jour) => $"{jour.Year:D4}-{jour.Month:D2}";
}

/// <summary>Everything due now, and the sessions past the funded hours with the hours not billed.</summary>
internal sealed record DusDossier(IReadOnlyList<DuSeance> Dus, IReadOnlyList<SeanceDepassee> Depassees);

/// <summary>A session billed for fewer hours than its own (or none) because the funded hours ran out.</summary>
internal sealed record SeanceDepassee(SeanceProjetee Seance, decimal Heures);
