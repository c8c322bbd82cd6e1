using FluentValidation;
using SocialErp.Modules.Comptabilite.Domain;

namespace SocialErp.Modules.Comptabilite.Features.Encaissements;

/// <summary>Assigns (part of) a payment waiting in clearing to an invoice; <c>montant</c> defaults to what both allow.</summary>
internal sealed record AffectationRequest(Guid? FactureId, decimal? Montant, DateOnly? Date);

internal sealed class AffectationValidator : AbstractValidator<AffectationRequest>
{
    public AffectationValidator()
    {
        RuleFor(r => r.FactureId).NotNull().WithMessage("La facture est requise.");
        RuleFor(r => r.Montant).GreaterThan(0).When(r => r.Montant is not null).WithMessage("Le montant est positif.")
            .Must(m => m is null || Montants.AuPlusDeuxDecimales(m.Value)).WithMessage("Un montant a au plus deux décimales.");
    }
}
