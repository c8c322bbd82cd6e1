using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Fusions;

/// <summary>
/// A merge as recorded: who merged <c>absorbeeId</c> into <c>conserveeId</c>, when, which fields came from the
/// absorbed fiche, and whether (when, by whom) it was undone.
/// </summary>
internal sealed record FusionResponse(
    Guid Id,
    Guid ConserveeId,
    Guid AbsorbeeId,
    DateTime FusionneeLe,
    Guid? FusionneePar,
    IReadOnlyList<string> ChampsRepris,
    DateTime? AnnuleeLe,
    Guid? AnnuleePar)
{
    public static FusionResponse From(FusionFiches fusion) => new(
        fusion.Id,
        fusion.ConserveeId,
        fusion.AbsorbeeId,
        fusion.FusionneeLe,
        fusion.FusionneePar,
        fusion.Trace.ChampsRepris,
        fusion.AnnuleeLe,
        fusion.AnnuleePar);
}
