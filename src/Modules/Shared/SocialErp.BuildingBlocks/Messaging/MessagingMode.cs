namespace SocialErp.BuildingBlocks.Messaging;

public enum MessagingMode
{
    /// <summary>A hosted service relays and processes messages continuously.</summary>
    Background,

    /// <summary>Nothing moves until someone calls <see cref="MessagingDispatcher.DrainAsync"/> (tests, tooling).</summary>
    Manual,
}
