using FluentValidation;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Prestations;

internal sealed class PrestationValidator : AbstractValidator<PrestationRequest>
{
    public PrestationValidator()
    {
        RuleFor(p => p.Code).NotEmpty().MaximumLength(DossierConfiguration.CodeMaxLength)
            .Matches("^[A-Za-z0-9_-]+$").WithMessage("Le code est fait de lettres, chiffres, - et _.");
        RuleFor(p => p.Libelle).NotEmpty().MaximumLength(PrestationConfiguration.LibelleMaxLength);
    }
}
