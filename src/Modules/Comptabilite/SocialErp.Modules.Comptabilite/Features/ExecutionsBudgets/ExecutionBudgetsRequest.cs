using FluentValidation;

namespace SocialErp.Modules.Comptabilite.Features.ExecutionsBudgets;

/// <summary>The month to run, <c>AAAA-MM</c>.</summary>
internal sealed record ExecutionBudgetsRequest(string? Mois);

internal sealed class ExecutionBudgetsValidator : AbstractValidator<ExecutionBudgetsRequest>
{
    public ExecutionBudgetsValidator() =>
        RuleFor(r => r.Mois).NotEmpty().Matches(@"^\d{4}-(0[1-9]|1[0-2])$").WithMessage("Le mois s'écrit AAAA-MM (2026-11).");
}
