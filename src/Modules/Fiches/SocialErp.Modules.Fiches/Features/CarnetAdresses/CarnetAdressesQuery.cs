namespace SocialErp.Modules.Fiches.Features.CarnetAdresses;

/// <summary>
/// The address book's parameters: the search's (<c>q</c>, <c>categorie</c>, <c>commune</c>, <c>type</c>, <c>sort</c>),
/// <c>canal</c> (email, sms, telephone, courrier: only fiches reachable that way), <c>typeMessage</c> (courrier,
/// rappel, convocation: leave out fiches that asked for another channel for that kind of message), <c>date</c> (the
/// day addresses must be valid, today by default) and <c>format</c> (json, paged; csv, the whole list).
/// </summary>
internal sealed record CarnetAdressesQuery(
    string? Q,
    string? Categorie,
    int? Commune,
    string? Type,
    string? Canal,
    string? TypeMessage,
    DateOnly? Date,
    string? Format,
    int? Page,
    int? PageSize,
    string? Sort);
