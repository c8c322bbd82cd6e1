using FluentValidation;
using SocialErp.Modules.Fiches.Persistence;

namespace SocialErp.Modules.Fiches.Features.Shared;

internal sealed class AdresseValidator : AbstractValidator<AdresseRequest>
{
    public AdresseValidator()
    {
        RuleFor(a => a.Type).NotNull().IsInEnum().WithMessage("Le type est « domicile », « postale » ou « professionnelle ».");
        RuleFor(a => a.Npa).NotEmpty().WithMessage("Le NPA est obligatoire.").MaximumLength(AdresseConfiguration.NpaMaxLength);
        RuleFor(a => a.Npa).Matches("^[1-9][0-9]{3}$").WithMessage("Un NPA suisse compte 4 chiffres.")
            .When(a => EstSuisse(a.Pays) && !string.IsNullOrWhiteSpace(a.Npa));
        RuleFor(a => a.Localite).NotEmpty().WithMessage("La localité est obligatoire.").MaximumLength(AdresseConfiguration.LocaliteMaxLength);
        RuleFor(a => a.Pays).Matches("^[A-Za-z]{2}$").WithMessage("Le pays est un code ISO 3166-1 à deux lettres (CH, FR…).")
            .When(a => a.Pays is not null);
        RuleFor(a => a.Rue).MaximumLength(AdresseConfiguration.RueMaxLength);
        RuleFor(a => a.Complement).MaximumLength(AdresseConfiguration.RueMaxLength);
        RuleFor(a => a.Numero).MaximumLength(AdresseConfiguration.NumeroMaxLength);
        RuleFor(a => a.CasePostale).MaximumLength(AdresseConfiguration.CasePostaleMaxLength);
        RuleFor(a => a.CommuneBfs).InclusiveBetween(1, 9999).WithMessage("Le numéro OFS de commune est compris entre 1 et 9999.");
        RuleFor(a => a.ValideAu).Must((a, au) => au is null || a.ValideDu is null || au >= a.ValideDu)
            .WithMessage("La fin de validité ne précède pas son début.");
    }

    private static bool EstSuisse(string? pays) => string.IsNullOrWhiteSpace(pays) || pays.Trim().Equals("CH", StringComparison.OrdinalIgnoreCase);
}
