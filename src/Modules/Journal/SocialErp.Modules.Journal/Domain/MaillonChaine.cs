namespace SocialErp.Modules.Journal.Domain;

/// <summary>The last line of the chain a new line links to (<see cref="Origine"/> before the first one).</summary>
internal sealed record MaillonChaine(long Sequence, string Empreinte)
{
    public static readonly MaillonChaine Origine = new(0, new string('0', 64));
}
