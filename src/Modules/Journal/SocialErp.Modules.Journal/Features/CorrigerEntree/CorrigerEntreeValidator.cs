using FluentValidation;
using SocialErp.Modules.Journal.Features.Shared;

namespace SocialErp.Modules.Journal.Features.CorrigerEntree;

internal sealed class CorrigerEntreeValidator : AbstractValidator<CorrigerEntreeRequest>
{
    public const int MotifMaxLength = 500;

    public CorrigerEntreeValidator()
    {
        When(r => r.Type is not null, () => this.RegleType(r => r.Type));
        When(r => r.Texte is not null, () => this.RegleTexte(r => r.Texte));
        this.RegleIds(r => r.Participants);
        this.RegleIds(r => r.Documents);
        this.RegleIds(r => r.Destinataires);
        RuleFor(r => r.Confidentialite)
            .Must(c => c is null || Domain.Confidentialites.Lire(c) is not null)
            .WithMessage("La confidentialité est « dossier », « metier » ou « utilisateurs ».");
        RuleFor(r => r.Motif).MaximumLength(MotifMaxLength);
        RuleFor(r => r)
            .Must(r => r.Type is not null || r.Date is not null || r.Texte is not null || r.Participants is not null || r.Documents is not null
                || r.Confidentialite is not null || r.Destinataires is not null || r.Urgente is not null)
            .OverridePropertyName("entree")
            .WithMessage("Indiquez au moins un champ à corriger.");
    }
}
