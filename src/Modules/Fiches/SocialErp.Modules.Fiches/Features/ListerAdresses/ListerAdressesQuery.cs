namespace SocialErp.Modules.Fiches.Features.ListerAdresses;

/// <summary><c>date</c>: the addresses valid that day (default: today); <c>historique=true</c>: all of them.</summary>
internal sealed record ListerAdressesQuery(DateOnly? Date, bool? Historique);
