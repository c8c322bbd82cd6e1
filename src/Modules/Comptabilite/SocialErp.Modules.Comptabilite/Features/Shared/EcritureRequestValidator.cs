using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain;
using SocialErp.Modules.Comptabilite.Persistence;

namespace SocialErp.Modules.Comptabilite.Features.Shared;

/// <summary>The shape of an entry: lines, amounts (positive, two decimals, debit xor credit), codes, and balance.</summary>
internal sealed class EcritureRequestValidator : AbstractValidator<EcritureRequest>
{
    public EcritureRequestValidator()
    {
        RuleFor(e => e.Date).NotNull().WithMessage("La date est requise.");
        RuleFor(e => e.Libelle).NotEmpty().WithMessage("Le libellé est requis.")
            .MaximumLength(EcritureConfiguration.LibelleMaxLength);
        RuleFor(e => e.Lignes).NotNull().WithMessage("Une écriture a au moins deux lignes.")
            .Must(l => l is null || l.Count >= 2).WithMessage("Une écriture a au moins deux lignes.");
        RuleForEach(e => e.Lignes).SetValidator(new LigneValidator());
        RuleFor(e => e.Lignes)
            .Must(Equilibree)
            .When(e => e.Lignes is { Count: >= 2 } lignes && lignes.All(LigneValidator.MontantLisible))
            .WithMessage(e => $"L'écriture n'est pas équilibrée : débits {Total(e, l => l.Debit):0.00}, crédits {Total(e, l => l.Credit):0.00}.");
    }

    private static bool Equilibree(IReadOnlyList<LigneEcritureRequest>? lignes) =>
        lignes is not null && lignes.Sum(l => l.Debit ?? 0) == lignes.Sum(l => l.Credit ?? 0);

    private static decimal Total(EcritureRequest e, Func<LigneEcritureRequest, decimal?> montant) => e.Lignes!.Sum(l => montant(l) ?? 0);

    private sealed class LigneValidator : AbstractValidator<LigneEcritureRequest>
    {
        public LigneValidator()
        {
            RuleFor(l => l.Compte).NotEmpty().WithMessage("Le compte est requis.").MaximumLength(CompteConfiguration.NumeroMaxLength);
            RuleFor(l => l)
                .Must(l => (l.Debit ?? 0) > 0 ^ (l.Credit ?? 0) > 0)
                .WithName("montant").OverridePropertyName("debit")
                .WithMessage("Une ligne porte soit un débit, soit un crédit, strictement positif.");
            RuleFor(l => l.Debit).GreaterThanOrEqualTo(0).WithMessage("Un montant ne peut être négatif.")
                .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
            RuleFor(l => l.Credit).GreaterThanOrEqualTo(0).WithMessage("Un montant ne peut être négatif.")
                .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
            RuleFor(l => l.CommuneDomicile).InclusiveBetween(1, 9999).WithMessage("Numéro OFS de commune invalide.");
            RuleFor(l => l.TypeCharge).Must(t => t is null || TypesCharge.Tous.Contains(t))
                .WithMessage($"Type de charge inconnu (valeurs : {string.Join(", ", TypesCharge.Tous)}).");
            RuleFor(l => l.TypePayeur).Must(t => t is null || TypesPayeur.Tous.Contains(t))
                .WithMessage($"Type de payeur inconnu (valeurs : {string.Join(", ", TypesPayeur.Tous)}).");
            RuleFor(l => l.Prestation).MaximumLength(CompteConfiguration.CodeMaxLength);
            RuleFor(l => l.Libelle).MaximumLength(EcritureConfiguration.LibelleMaxLength);
        }

        public static bool MontantLisible(LigneEcritureRequest l) =>
            (l.Debit ?? 0) >= 0 && (l.Credit ?? 0) >= 0;
    }
}
