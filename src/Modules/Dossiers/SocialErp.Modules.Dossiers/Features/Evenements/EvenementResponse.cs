using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Features.Evenements;

/// <summary>A recorded event, with the effects it applied (status, billing) and who recorded or corrected it.</summary>
internal sealed record EvenementResponse(
    Guid Id,
    string Type,
    string TypeLibelle,
    DateOnly Date,
    long Ordre,
    string? Commentaire,
    string? Motif,
    IReadOnlyDictionary<string, string> Champs,
    string? StatutApplique,
    bool? FacturationBloquee,
    DateTime CreeLe,
    Guid? CreePar,
    DateTime? ModifieLe,
    Guid? ModifiePar,
    long Version)
{
    public static EvenementResponse From(EvenementDossier e) => new(
        e.Id, e.TypeCode, e.TypeLibelle, e.Date, e.Ordre, e.Commentaire, e.Motif, e.Champs, e.StatutApplique, e.FacturationBloquee,
        e.CreeLe, e.CreePar, e.ModifieLe, e.ModifiePar, e.Version);
}
