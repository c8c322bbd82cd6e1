using FluentValidation;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Persistence;

namespace SocialErp.Modules.Dossiers.Features.TypesEvenements;

internal sealed class TypeEvenementValidator : AbstractValidator<TypeEvenementRequest>
{
    private static readonly string[] StatutsPermis = [StatutsDossier.EnCours, StatutsDossier.Termine, StatutsDossier.Abandonne, StatutsDossier.Rupture];

    public TypeEvenementValidator()
    {
        RuleFor(t => t.Code).NotEmpty().MaximumLength(DossierConfiguration.CodeMaxLength)
            .Matches("^[A-Z0-9_]+$").WithMessage("Le code est fait de majuscules, chiffres et _ (ABANDON, SORTIE_POSITIVE).");
        RuleFor(t => t.Libelle).NotEmpty().MaximumLength(TypeEvenementConfiguration.LibelleMaxLength);
        RuleFor(t => t.NouveauStatut).Must(s => s is null || StatutsPermis.Contains(s))
            .WithMessage($"Un événement peut mener aux statuts : {string.Join(", ", StatutsPermis)}.");
        RuleFor(t => t.Facturation).Must(f => f is null or Facturations.Bloquer or Facturations.Debloquer)
            .WithMessage("Facturation : bloquer ou debloquer.");
        RuleFor(t => t.AttestationModele).MaximumLength(DossierConfiguration.CodeMaxLength);
        RuleForEach(t => t.Champs).NotNull().ChildRules(champ =>
        {
            champ.RuleFor(c => c.Code).NotEmpty().Matches("^[a-z][A-Za-z0-9]*$").WithMessage("Code de champ en camelCase (phase, nouveauFinanceur).");
            champ.RuleFor(c => c.Libelle).NotEmpty();
        });
        RuleFor(t => t.Champs).Must(c => c!.Where(x => x is not null).GroupBy(x => x.Code).All(g => g.Count() == 1))
            .When(t => t.Champs is not null).WithMessage("Deux champs portent le même code.");
        RuleFor(t => t.Champs).Must(c => c is not null && c.Any(x => x?.Code == "phase" && x.Requis))
            .When(t => t.ChangementPhase).WithMessage("Un changement de phase demande un champ « phase » obligatoire.");
        RuleForEach(t => t.Prestations).NotEmpty().MaximumLength(DossierConfiguration.CodeMaxLength);
        RuleForEach(t => t.Echeances).NotNull().ChildRules(echeance =>
        {
            echeance.RuleFor(e => e.DelaiJours).InclusiveBetween(0, 3660);
            echeance.RuleFor(e => e.Action).NotEmpty().MaximumLength(DossierConfiguration.MotifMaxLength);
        });
    }
}
