using System.Globalization;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>
/// Values a dossier's sessions to bill by its funding, capped at the funded hours: <c>taux-horaire</c> bills hours ×
/// the rate; <c>total</c> bills the total pro rata of the funded hours, valued on the cumulated hours (the value of
/// the hours billed so far and after, each to the centime, and the difference) so billing every funded hour adds up to
/// the total exactly; a flat fee (<c>forfait</c>) is not billed per session. A session crossing the funded hours is
/// billed for the hours left; the hours beyond are not billed and are counted in <see cref="SeancesValorisees.HeuresDepassees"/>.
/// </summary>
internal static class ValorisationSeances
{
    public static Result<SeancesValorisees> Valoriser(FinancementProjete financement, IReadOnlyList<SeanceProjetee> seances, decimal heuresDejaFacturees)
    {
        if (financement.ModeMontant == FinancementProjete.ModeForfait)
        {
            return Error.BusinessRule(
                RaisonsSeances.ModeForfait,
                string.Create(CultureInfo.InvariantCulture, $"Financement au forfait ({financement.Montant:0.00} CHF) : il ne se facture pas par séance (facture ou convention de facturation)."));
        }

        var heuresFinancees = financement.HeuresFinancees;
        if (financement.ModeMontant == FinancementProjete.ModeTotal && heuresFinancees is not > 0m)
        {
            return Error.BusinessRule(
                RaisonsSeances.HeuresFinanceesAbsentes, "Financement par montant total sans heures financées : la valeur d'une heure est inconnue.");
        }

        var valorisees = new List<SeanceValorisee>();
        var depassees = new List<SeanceProjetee>();
        var heuresDepassees = 0m;
        var cumul = heuresDejaFacturees;
        foreach (var seance in seances)
        {
            var heures = heuresFinancees is { } plafond ? Math.Min(seance.DureeHeures, Math.Max(plafond - cumul, 0m)) : seance.DureeHeures;
            if (heures < seance.DureeHeures)
            {
                heuresDepassees += seance.DureeHeures - heures;
                depassees.Add(seance);
            }

            if (heures <= 0m)
            {
                continue;
            }

            var montant = financement.ModeMontant == FinancementProjete.ModeTauxHoraire
                ? Centimes(heures * financement.Montant)
                : Centimes(financement.Montant * (cumul + heures) / heuresFinancees!.Value) - Centimes(financement.Montant * cumul / heuresFinancees.Value);
            valorisees.Add(new SeanceValorisee(seance, heures, montant));
            cumul += heures;
        }

        return new SeancesValorisees(valorisees, heuresDepassees, depassees);
    }

    private static decimal Centimes(decimal montant) => decimal.Round(montant, 2, MidpointRounding.AwayFromZero);
}

/// <summary>A session to bill: the hours billed (fewer than its own past the funded hours) and their value.</summary>
internal sealed record SeanceValorisee(SeanceProjetee Seance, decimal Heures, decimal Montant);

/// <summary>The sessions to bill, and the hours beyond the funded ones with the sessions they belong to.</summary>
internal sealed record SeancesValorisees(IReadOnlyList<SeanceValorisee> Seances, decimal HeuresDepassees, IReadOnlyList<SeanceProjetee> Depassees);
