using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain.Facturation;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Facturation;

/// <summary>
/// A debtor agreement: the debtor (fiche and kind) is invoiced every month, quarter or semester for the re-billable
/// valued services of the dossier, from <c>du</c> (to <c>au</c>).
/// </summary>
internal sealed record ConventionFacturationRequest(
    Guid? DebiteurId, string? TypeDebiteur, Guid? DossierId, string? Periodicite, string? Libelle, DateOnly? Du, DateOnly? Au);

internal sealed record ConventionFacturationResponse(
    Guid Id, Guid DebiteurId, string TypeDebiteur, Guid DossierId, string Periodicite, string Libelle, DateOnly Du, DateOnly? Au)
{
    public static ConventionFacturationResponse From(ConventionFacturation c) =>
        new(c.Id, c.DebiteurId, c.TypeDebiteur, c.DossierId, c.Periodicite, c.Libelle, c.Du, c.Au);
}

/// <summary>A periodic run: <c>periode</c> AAAA-MM (monthly agreements), AAAA-T1…T4 (quarterly) or AAAA-S1|S2 (semester).</summary>
internal sealed record ExecutionFacturationRequest(string? Periode, DateOnly? Date);

/// <summary>
/// What a run did: the invoices issued, and per agreement skipped why (nothing to invoice, already invoiced, dossier's
/// billing blocked or dossier closed, refused).
/// </summary>
internal sealed record ExecutionFacturationResponse(string Periode, IReadOnlyList<FactureResponse> Factures, IReadOnlyList<ConventionIgnoreeResponse> Ignorees);

/// <summary>
/// An agreement the run did not invoice: <c>raison</c> is <c>deja-facturee</c>, <c>rien-a-facturer</c>,
/// <c>facturation-bloquee</c>, <c>dossier-ferme</c> or the code of the problem that refused the invoice; <c>detail</c>
/// says it in French when there is more to say (since when, why).
/// </summary>
internal sealed record ConventionIgnoreeResponse(Guid ConventionId, string Raison, string? Detail = null);

internal static class Periodicites
{
    public const string Mensuelle = "mensuelle";
    public const string Trimestrielle = "trimestrielle";
    public const string Semestrielle = "semestrielle";

    public static IReadOnlyList<string> Toutes { get; } = [Mensuelle, Trimestrielle, Semestrielle];

    /// <summary>The periodicity a period code belongs to (2026-03 → mensuelle, 2026-T1 → trimestrielle, 2026-S1 → semestrielle).</summary>
    public static string? De(string code) => code.Length switch
    {
        7 when code[5] == 'T' => Trimestrielle,
        7 when code[5] == 'S' => Semestrielle,
        7 => Mensuelle,
        _ => null,
    };
}

internal sealed class ConventionFacturationValidator : AbstractValidator<ConventionFacturationRequest>
{
    public ConventionFacturationValidator()
    {
        RuleFor(r => r.DebiteurId).NotNull().WithMessage("Le débiteur (fiche) est requis.");
        RuleFor(r => r.DossierId).NotNull().WithMessage("Le dossier est requis.");
        RuleFor(r => r.TypeDebiteur).Must(TypesDebiteur.EstConnu)
            .WithMessage($"Type de débiteur inconnu (valeurs : {string.Join(", ", TypesDebiteur.Tous)}).");
        RuleFor(r => r.Periodicite).Must(p => p is not null && Periodicites.Toutes.Contains(p))
            .WithMessage($"Périodicité : {string.Join(", ", Periodicites.Toutes)}.");
        RuleFor(r => r.Libelle).NotEmpty().WithMessage("Le libellé est requis.").MaximumLength(CompteConfiguration.LibelleMaxLength);
        RuleFor(r => r.Du).NotNull().WithMessage("La date de début est requise.");
        RuleFor(r => r.Au).Must((r, au) => au is null || r.Du is null || au >= r.Du).WithMessage("La fin suit le début.");
    }
}
