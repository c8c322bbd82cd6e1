using FluentValidation;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.OuvrirDossier;

internal sealed class OuvrirDossierValidator : AbstractValidator<OuvrirDossierRequest>
{
    public OuvrirDossierValidator()
    {
        RuleFor(r => r.Nom).NotEmpty().WithMessage("Le nom du dossier est obligatoire.").MaximumLength(DossierConfiguration.NomMaxLength);
        RuleFor(r => r.Prestation).NotEmpty().WithMessage("La prestation est obligatoire.").MaximumLength(DossierConfiguration.CodeMaxLength);
        RuleFor(r => r.Description).MaximumLength(DossierConfiguration.DescriptionMaxLength);
        RuleFor(r => r.CommuneDomicile).InclusiveBetween(1, 9999).WithMessage("Le numéro OFS de commune est compris entre 1 et 9999.");
        RuleFor(r => r.Fiches).NotEmpty().WithMessage("Un dossier est lié à au moins une fiche.");
        RuleForEach(r => r.Fiches).ChildRules(membre =>
        {
            membre.RuleFor(m => m!.FicheId).NotEmpty().WithMessage("L'id de la fiche est obligatoire.");
            membre.RuleFor(m => m!.Role!).RoleMembre();
        }).When(r => r.Fiches is not null);
        RuleFor(r => r.Fiches)
            .Must(f => f!.Count(m => m?.Role == RolesMembre.Requerant) == 1)
            .WithMessage("Un dossier a exactement un requérant.")
            .Must(f => f!.Where(m => m?.FicheId is not null).GroupBy(m => m!.FicheId).All(g => g.Count() == 1))
            .WithMessage("Une fiche figure une seule fois dans un dossier.")
            .When(r => r.Fiches is { Count: > 0 } && r.Fiches.All(m => m is not null));
        RuleForEach(r => r.Fiches).NotNull().When(r => r.Fiches is not null);
    }
}
