using FluentValidation;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Evenements;

internal sealed class EvenementValidator : AbstractValidator<EvenementRequest>
{
    public EvenementValidator()
    {
        RuleFor(e => e.Type).NotEmpty().WithMessage("Le type d'événement est obligatoire.").MaximumLength(DossierConfiguration.CodeMaxLength);
        RuleFor(e => e.Commentaire).MaximumLength(EvenementDossierConfiguration.CommentaireMaxLength);
        RuleFor(e => e.Motif).MaximumLength(DossierConfiguration.MotifMaxLength);
    }
}

internal sealed class CorrectionEvenementValidator : AbstractValidator<CorrectionEvenementRequest>
{
    public CorrectionEvenementValidator()
    {
        RuleFor(e => e.Date).NotEmpty().WithMessage("La date de l'événement est obligatoire.");
        RuleFor(e => e.Commentaire).MaximumLength(EvenementDossierConfiguration.CommentaireMaxLength);
        RuleFor(e => e.Motif).MaximumLength(DossierConfiguration.MotifMaxLength);
    }
}
