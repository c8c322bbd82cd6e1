using FluentValidation;
using SocialErp.Modules.Dossiers.Contracts;

namespace SocialErp.Modules.Dossiers.Features.Shared;

/// <summary>Rules shared by validators: roles and statuses from their fixed lists.</summary>
internal static class ReferentielValidation
{
    public static IRuleBuilderOptions<T, string> RoleMembre<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(r => RolesMembre.Tous.Contains(r))
            .WithMessage($"Rôle inconnu. Rôles possibles : {string.Join(", ", RolesMembre.Tous)}.");
}
