using FluentValidation;

namespace SocialErp.Modules.Fiches.Features.AjouterRelation;

internal sealed class AjouterRelationValidator : AbstractValidator<AjouterRelationRequest>
{
    public AjouterRelationValidator()
    {
        RuleFor(r => r.Type).NotNull().IsInEnum()
            .WithMessage("Le type est responsable, proche, parent, enfant, conjoint, concubin, fratrie, employeur, employe, tuteur, pupille, medecin ou patient.");
        RuleFor(r => r.FicheId).NotEmpty().WithMessage("La fiche liée est obligatoire.");
        RuleFor(r => r.Au).GreaterThanOrEqualTo(r => r.Du).When(r => r.Du is not null && r.Au is not null)
            .WithMessage("La fin de la relation ne peut pas précéder son début.");
    }
}
