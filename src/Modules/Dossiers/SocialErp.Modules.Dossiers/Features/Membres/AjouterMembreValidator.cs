using FluentValidation;
using SocialErp.Modules.Dossiers.Features.OuvrirDossier;
using SocialErp.Modules.Dossiers.Features.Shared;

namespace SocialErp.Modules.Dossiers.Features.Membres;

internal sealed class AjouterMembreValidator : AbstractValidator<MembreRequest>
{
    public AjouterMembreValidator()
    {
        RuleFor(m => m.FicheId).NotEmpty().WithMessage("L'id de la fiche est obligatoire.");
        RuleFor(m => m.Role!).RoleMembre();
    }
}
