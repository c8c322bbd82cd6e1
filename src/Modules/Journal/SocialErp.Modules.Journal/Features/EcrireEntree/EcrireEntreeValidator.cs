using FluentValidation;
using SocialErp.Modules.Journal.Features.Shared;

namespace SocialErp.Modules.Journal.Features.EcrireEntree;

internal sealed class EcrireEntreeValidator : AbstractValidator<EcrireEntreeRequest>
{
    public EcrireEntreeValidator()
    {
        this.RegleType(r => r.Type);
        RuleFor(r => r.Date).NotNull().WithMessage("La date de l'entrée est obligatoire.");
        this.RegleTexte(r => r.Texte);
        this.RegleIds(r => r.Participants);
        this.RegleIds(r => r.Documents);
        this.RegleIds(r => r.Destinataires);
        this.RegleConfidentialite(r => r.Confidentialite, r => r.Confidentialite, r => r.Destinataires);
        RuleFor(r => r.Echeance!).SetValidator(new EcheanceRequestValidator()).When(r => r.Echeance is not null);
    }
}
