namespace SocialErp.Modules.Journal.Features.ListerEntrees;

/// <summary>Filters of a journal: kind, inclusive period (UTC dates), author, words of the text.</summary>
internal sealed record FiltresEntrees(string? Type, DateOnly? Du, DateOnly? Au, Guid? AuteurId, string? Q)
{
    public static readonly FiltresEntrees Aucun = new(null, null, null, null, null);
}
