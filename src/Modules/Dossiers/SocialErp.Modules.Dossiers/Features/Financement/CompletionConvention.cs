using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SocialErp.BuildingBlocks.Http;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Financement;

/// <summary>
/// A funding naming a catalogue convention: the convention must exist, be active and open to the dossier's
/// prestation; the funding's period lies within its validity; what the client omitted (reference, dates, hours, main
/// funder and its type, amount mode and amount) is copied from it, and the completed funding must then satisfy every
/// rule of a funding entered in full. A funding without id (free reference, the legacy form) passes as it is, except in
/// the services that require the catalogue (<see cref="DossiersOptions.ServicesConventionCatalogue"/>). The catalogue's
/// funder was checked when the convention was written: a funding naming it needs no fresh check against the user's
/// fiches (a funder organisation is seldom in a worker's service).
/// </summary>
internal sealed class CompletionConvention(DossiersDbContext db, IOptions<DossiersOptions> options, IValidator<FinancementRequest> validator)
{
    private const string ChampId = "convention.conventionId";

    public async Task<Result<FinancementComplet>> CompleterAsync(FinancementRequest request, DossierCible cible, CancellationToken cancellationToken)
    {
        if (request.Convention?.ConventionId is not { } conventionId)
        {
            return cible.ServiceId is { } serviceId && options.Value.ServicesConventionCatalogue.Contains(serviceId)
                ? ConventionErrors.Invalide(ChampId, "Le service de ce dossier exige une convention du catalogue (Admin > Conventions).")
                : new FinancementComplet(request, null);
        }

        var convention = await db.ConventionsFinancement.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conventionId, cancellationToken);
        if (convention is not { Actif: true })
        {
            return ConventionErrors.Invalide(ChampId, "Convention inconnue ou inactive : choisissez une convention active du catalogue.");
        }

        if (!convention.EstDisponiblePour(cible.Prestation))
        {
            return ConventionErrors.Invalide(
                ChampId, $"La convention {convention.Reference} n'est pas ouverte à la prestation {cible.Prestation} du dossier.");
        }

        var saisie = request.Convention;
        if (saisie.Reference is not null && saisie.Reference != convention.Reference)
        {
            return ConventionErrors.Invalide("convention.reference", $"La référence est celle de la convention : {convention.Reference}.");
        }

        foreach (var (date, champ) in new[] { (saisie.Du, "convention.du"), (saisie.Au, "convention.au") })
        {
            if (date is { } jour && !convention.Couvre(jour))
            {
                return ConventionErrors.Invalide(champ, HorsValidite(convention));
            }
        }

        var complete = request with
        {
            Convention = new ConventionRequest(
                convention.Reference, saisie.Du ?? convention.Du, saisie.Au ?? convention.Au, saisie.HeuresFinancees ?? convention.HeuresFinancees, convention.Id),
            FinanceurPrincipalId = request.FinanceurPrincipalId ?? convention.FinanceurId,
            TypeFinanceur = request.TypeFinanceur ?? convention.TypeFinanceur,
            ModeMontant = request.ModeMontant ?? convention.ModeMontant,
            Montant = request.Montant ?? convention.Montant,
        };
        var verifie = await validator.ValidateAsync(complete with { Convention = complete.Convention with { ConventionId = null } }, cancellationToken);
        return verifie.IsValid ? new FinancementComplet(complete, convention.FinanceurId) : ErrorResults.ValidationError(verifie);
    }

    private static string HorsValidite(ConventionFinancement convention)
    {
        var fin = convention.Au is { } au ? string.Create(CultureInfo.InvariantCulture, $"au {au:yyyy-MM-dd}") : "sans fin";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"La période du financement doit tenir dans la validité de la convention {convention.Reference} (du {convention.Du:yyyy-MM-dd} {fin}).");
    }
}

/// <summary>A funding completed from its catalogue convention, and the convention's funder (already checked), if any.</summary>
internal sealed record FinancementComplet(FinancementRequest Request, Guid? FinanceurCatalogue);
