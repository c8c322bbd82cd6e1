namespace SocialErp.BuildingBlocks.Messaging;

/// <summary>A message that no retry can deliver (unknown type, unreadable payload): it is parked at once.</summary>
public sealed class PermanentMessageException : Exception
{
    public PermanentMessageException()
    {
    }

    public PermanentMessageException(string message)
        : base(message)
    {
    }

    public PermanentMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
