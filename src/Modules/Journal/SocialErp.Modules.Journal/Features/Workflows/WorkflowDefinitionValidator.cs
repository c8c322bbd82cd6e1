using FluentValidation;
using SocialErp.Modules.Journal.Domain;
using SocialErp.Modules.Journal.Persistence;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Journal.Features.Workflows;

internal sealed class WorkflowDefinitionValidator : AbstractValidator<WorkflowDefinitionRequest>
{
    public const int MaxEtapes = 50;
    public const int MaxDelaiJours = 3650;

    public WorkflowDefinitionValidator()
    {
        RuleFor(r => r.Code).Must(TypesEntree.EstCodeValide)
            .WithMessage("Le code est en minuscules (lettres, chiffres, tirets), par exemple « ouverture-dossier ».");
        RuleFor(r => r.Nom).NotEmpty().MaximumLength(WorkflowDefinitionConfiguration.NomMaxLength);
        RuleFor(r => r.Declencheur).Must(d => CodesWorkflow.Declencheur(d) is not null)
            .WithMessage("Le déclencheur est « manuel », « dossier-ouvert » ou « evenement ».");
        RuleFor(r => r.TypeEvenement).NotEmpty().MaximumLength(50).When(r => r.Declencheur == "evenement")
            .WithMessage("Un workflow déclenché par un événement indique le type d'événement (code).");
        RuleFor(r => r.Etapes).NotEmpty().WithMessage("Un workflow a au moins une étape.")
            .Must(e => e is null || e.Count <= MaxEtapes).WithMessage($"Au plus {MaxEtapes} étapes.");
        RuleForEach(r => r.Etapes).NotNull().ChildRules(etape =>
        {
            etape.RuleFor(e => e.Code).Must(TypesEntree.EstCodeValide).WithMessage("Le code d'étape est en minuscules (lettres, chiffres, tirets).");
            etape.RuleFor(e => e.Action).NotEmpty().MaximumLength(EcheanceConfiguration.ActionMaxLength);
            etape.RuleFor(e => e.DelaiJours).NotNull().InclusiveBetween(0, MaxDelaiJours);
            etape.RuleFor(e => e.Responsable).NotNull().WithMessage("Chaque étape a un responsable.");
            etape.RuleFor(e => e.Responsable!.Type).Must(t => CodesWorkflow.Responsable(t) is not null)
                .When(e => e.Responsable is not null)
                .WithMessage("Le responsable est « metier », « referent » ou « utilisateur ».");
            etape.RuleFor(e => e.Responsable!.Metier).Must(m => m is not null && Metiers.Tous.Contains(m))
                .When(e => e.Responsable?.Type == "metier")
                .WithMessage($"Le métier responsable est l'un de : {string.Join(", ", Metiers.Tous)}.");
            etape.RuleFor(e => e.Responsable!.UtilisateurId).NotNull().NotEqual(Guid.Empty)
                .When(e => e.Responsable?.Type == "utilisateur")
                .WithMessage("Un responsable nommé a un identifiant d'utilisateur.");
        });
    }
}
