using FluentValidation;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.Seances;

internal sealed class SeanceValidator : AbstractValidator<SeanceRequest>
{
    public SeanceValidator()
    {
        RuleFor(s => s.Debut).NotEmpty().WithMessage("Le début de la séance est obligatoire.");
        RuleFor(s => s.Fin).NotEmpty().WithMessage("La fin de la séance est obligatoire.")
            .GreaterThan(s => s.Debut).When(s => s.Debut is not null).WithMessage("La fin de la séance doit suivre son début.");
        RuleFor(s => s.Intitule).MaximumLength(SeanceConfiguration.IntituleMaxLength);
        RuleFor(s => s.Lieu).MaximumLength(SeanceConfiguration.IntituleMaxLength);
    }
}

internal sealed class ReportSeanceValidator : AbstractValidator<ReportSeanceRequest>
{
    public ReportSeanceValidator()
    {
        RuleFor(s => s.Debut).NotEmpty().WithMessage("Le nouveau début est obligatoire.");
        RuleFor(s => s.Fin).NotEmpty().WithMessage("La nouvelle fin est obligatoire.")
            .GreaterThan(s => s.Debut).When(s => s.Debut is not null).WithMessage("La fin de la séance doit suivre son début.");
        RuleFor(s => s.Motif).MaximumLength(DossierConfiguration.MotifMaxLength);
    }
}

internal sealed class AnnulationSeanceValidator : AbstractValidator<AnnulationSeanceRequest>
{
    public AnnulationSeanceValidator() =>
        RuleFor(s => s.Motif).NotEmpty().WithMessage("Une annulation demande un motif.").MaximumLength(DossierConfiguration.MotifMaxLength);
}

internal sealed class EmargementValidator : AbstractValidator<EmargementRequest>
{
    public EmargementValidator() =>
        RuleFor(s => s.Presence).NotEmpty().Must(p => PresencesSeance.Toutes.Contains(p!))
            .WithMessage($"Présence : {string.Join(", ", PresencesSeance.Toutes)}.");
}
