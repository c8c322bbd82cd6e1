using FluentValidation;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Host.Administration;

internal sealed class CreerUtilisateurValidator : AbstractValidator<CreerUtilisateurRequest>
{
    public CreerUtilisateurValidator()
    {
        RuleFor(r => r.Email).NotEmpty().WithMessage("L'e-mail est obligatoire.").EmailAddress().WithMessage("L'e-mail n'est pas valide.").MaximumLength(256);
        RuleFor(r => r.Password).NotEmpty().WithMessage("Le mot de passe est obligatoire.");
        RuleFor(r => r.Nom).NotEmpty().WithMessage("Le nom est obligatoire.").MaximumLength(100);
        RuleFor(r => r.Prenom).NotEmpty().WithMessage("Le prénom est obligatoire.").MaximumLength(100);
        RuleFor(r => r.Metier).Must(m => m is not null && Metiers.Attribuables.Contains(m))
            .WithMessage($"Le métier est l'un de : {string.Join(", ", Metiers.Attribuables)}.");
    }
}

internal sealed class ModifierUtilisateurValidator : AbstractValidator<ModifierUtilisateurRequest>
{
    public ModifierUtilisateurValidator()
    {
        RuleFor(r => r.Nom).NotEmpty().WithMessage("Le nom est obligatoire.").MaximumLength(100);
        RuleFor(r => r.Prenom).NotEmpty().WithMessage("Le prénom est obligatoire.").MaximumLength(100);
        RuleFor(r => r.Metier).Must(m => m is not null && Metiers.Attribuables.Contains(m))
            .WithMessage($"Le métier est l'un de : {string.Join(", ", Metiers.Attribuables)}.");
        RuleFor(r => r.Actif).NotNull().WithMessage("Indiquez si le compte est actif.");
    }
}
