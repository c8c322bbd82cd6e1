using FluentValidation;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Persistence;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>Shape rules shared by creation and replacement of a fiche.</summary>
internal abstract class IdentiteFicheValidator<T> : AbstractValidator<T>
    where T : IIdentiteFicheRequest
{
    protected IdentiteFicheValidator(TimeProvider timeProvider)
    {
        RuleFor(r => r.Type).IsInEnum().WithMessage("Le type est « personne » ou « organisation ».");
        When(r => r.Type != TypeFicheDto.Organisation, () =>
        {
            RuleFor(r => r.Nom).NotEmpty().WithMessage("Le nom est obligatoire.")
                .MaximumLength(FicheConfiguration.NomMaxLength);
            RuleFor(r => r.Prenom).NotEmpty().WithMessage("Le prénom est obligatoire.")
                .MaximumLength(FicheConfiguration.NomMaxLength);
            RuleFor(r => r.DateNaissance)
                .Must(d => d is null || (d.Value.Year >= 1900 && d.Value <= DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime)))
                .WithMessage("La date de naissance doit être passée et postérieure à 1900.");
            RuleFor(r => r.NumeroAvs)
                .Must(n => string.IsNullOrWhiteSpace(n) || NumeroAvs.Normaliser(n) is not null)
                .WithMessage("Le numéro AVS doit compter 13 chiffres, commencer par 756 et avoir une clé de contrôle valide.");
        });
        When(r => r.Type == TypeFicheDto.Organisation, () =>
        {
            RuleFor(r => r.RaisonSociale ?? r.Nom).NotEmpty().WithName("raisonSociale").OverridePropertyName("raisonSociale")
                .WithMessage("La raison sociale est obligatoire.")
                .MaximumLength(FicheConfiguration.NomMaxLength);
        });
        RuleFor(r => r.Email).EmailAddress().WithMessage("L'adresse e-mail n'est pas valide.")
            .MaximumLength(FicheConfiguration.EmailMaxLength)
            .When(r => !string.IsNullOrWhiteSpace(r.Email));
    }
}
