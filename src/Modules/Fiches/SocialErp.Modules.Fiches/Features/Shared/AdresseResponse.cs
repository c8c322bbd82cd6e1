using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

internal sealed record AdresseResponse(
    Guid Id,
    TypeAdresse Type,
    string? Rue,
    string? Numero,
    string? Complement,
    string? CasePostale,
    string Npa,
    string Localite,
    string Pays,
    int? CommuneBfs,
    DateOnly ValideDu,
    DateOnly? ValideAu)
{
    public static AdresseResponse From(Adresse a) => new(
        a.Id, a.Type, a.Rue, a.Numero, a.Complement, a.CasePostale, a.Npa, a.Localite, a.Pays, a.CommuneBfs, a.ValideDu, a.ValideAu);
}
