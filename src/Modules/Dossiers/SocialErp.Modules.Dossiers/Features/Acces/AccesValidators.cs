using FluentValidation;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Acces;

internal sealed class AjouterReferentValidator : AbstractValidator<AjouterReferentRequest>
{
    public AjouterReferentValidator() =>
        RuleFor(r => r.UtilisateurId).NotEmpty().WithMessage("L'utilisateur référent est obligatoire.");
}

internal sealed class PartagerValidator : AbstractValidator<PartagerRequest>
{
    public PartagerValidator()
    {
        RuleFor(r => r.UtilisateurId).NotEmpty().When(r => r.ServiceId is null)
            .WithMessage("Un partage nomme un utilisateur ou un service.");
        RuleFor(r => r.ServiceId).Empty().When(r => r.UtilisateurId is not null)
            .WithMessage("Un partage nomme un utilisateur ou un service, pas les deux.");
        RuleFor(r => r.Au).GreaterThanOrEqualTo(r => r.Du).When(r => r.Du is not null && r.Au is not null)
            .WithMessage("La fin du partage ne peut précéder son début.");
    }
}

internal sealed class TransfererValidator : AbstractValidator<TransfererRequest>
{
    public TransfererValidator()
    {
        RuleFor(r => r.ServiceId).NotEmpty().When(r => r.ReferentId is null)
            .WithMessage("Un transfert nomme un nouveau service, un nouveau référent, ou les deux.");
        RuleFor(r => r.Message).MaximumLength(DossierConfiguration.MotifMaxLength);
    }
}
