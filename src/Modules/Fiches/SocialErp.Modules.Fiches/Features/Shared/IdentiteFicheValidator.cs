using FluentValidation;
using SocialErp.Modules.Fiches.Contracts;
using SocialErp.Modules.Fiches.Domain;
using SocialErp.Modules.Fiches.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>Shape rules shared by creation, replacement and partial modification of a fiche.</summary>
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
            RuleFor(r => r.AutresNoms).MaximumLength(FicheConfiguration.NomMaxLength);
            RuleFor(r => r.DateNaissance)
                .Must(d => d is null || (d.Value.Year >= 1900 && d.Value <= timeProvider.Aujourdhui()))
                .WithMessage("La date de naissance doit être passée et postérieure à 1900.");
            RuleFor(r => r.NumeroAvs)
                .Must(n => string.IsNullOrWhiteSpace(n) || NumeroAvs.Normaliser(n) is not null)
                .WithMessage("Le numéro AVS doit compter 13 chiffres, commencer par 756 et avoir une clé de contrôle valide.");
            RuleFor(r => r.Sexe).IsInEnum().WithMessage("Le sexe est « feminin », « masculin », « autre » ou « inconnu ».");
            RuleFor(r => r.EtatCivil).IsInEnum().WithMessage("État civil inconnu.");
            RuleFor(r => r.PermisSejour).Must(p => PermisSejourCodes.Lire(p) is not null)
                .WithMessage($"Le permis est l'un de : {string.Join(", ", PermisSejourCodes.Tous)}.")
                .When(r => r.PermisSejour is not null);
            RuleFor(r => r.Nationalite).Matches("^[A-Za-z]{2}$")
                .WithMessage("La nationalité est un code ISO 3166-1 à deux lettres (CH, FR, PT…).")
                .When(r => r.Nationalite is not null);
            RuleFor(r => r.CommuneResidence).InclusiveBetween(1, 9999)
                .WithMessage("Le numéro OFS de commune est compris entre 1 et 9999.");
        });
        When(r => r.Type == TypeFicheDto.Organisation, () =>
        {
            RuleFor(r => r.RaisonSociale ?? r.Nom).NotEmpty().WithName("raisonSociale").OverridePropertyName("raisonSociale")
                .WithMessage("La raison sociale est obligatoire.")
                .MaximumLength(FicheConfiguration.NomMaxLength);
            RuleFor(r => r.NumeroIde)
                .Must(n => string.IsNullOrWhiteSpace(n) || NumeroIde.Normaliser(n) is not null)
                .WithMessage("Le numéro IDE s'écrit CHE-123.456.789 et sa clé de contrôle doit être valide.");
            RuleFor(r => r.FormeJuridique).MaximumLength(FicheConfiguration.FormeJuridiqueMaxLength);
        });
        RuleFor(r => r.Langue).Matches("^[A-Za-z]{2}$")
            .WithMessage("La langue est un code ISO 639-1 à deux lettres (fr, de, it, en…).")
            .When(r => r.Langue is not null);
        RuleFor(r => r.Email).EmailAddress().WithMessage("L'adresse e-mail n'est pas valide.")
            .MaximumLength(FicheConfiguration.EmailMaxLength)
            .When(r => !string.IsNullOrWhiteSpace(r.Email));
        RuleForEach(r => r.Categories).Must(CategoriesFiche.EstConnue)
            .WithMessage($"Catégorie inconnue. Catégories possibles : {string.Join(", ", CategoriesFiche.Toutes)}.");
        RuleForEach(r => r.Contacts).NotNull().SetValidator(new ContactValidator());
        RuleForEach(r => r.PreferencesNotification).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.TypeMessage).NotNull().IsInEnum().WithMessage("Le type de message est « courrier », « rappel » ou « convocation ».");
            p.RuleFor(x => x.Canal).NotNull().IsInEnum().WithMessage("Le canal est « email », « sms », « courrier » ou « aucun ».");
        });
        RuleFor(r => r.PreferencesNotification)
            .Must(p => p is null || p.Where(x => x?.TypeMessage is not null).GroupBy(x => x.TypeMessage).All(g => g.Count() == 1))
            .WithMessage("Une seule préférence par type de message.");
    }
}
