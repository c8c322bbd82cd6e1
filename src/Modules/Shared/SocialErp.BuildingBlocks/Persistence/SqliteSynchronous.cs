namespace SocialErp.BuildingBlocks.Persistence;

/// <summary>SQLite's <c>synchronous</c> pragma as offered by configuration (<c>Database:SqliteSynchronous</c>).</summary>
public enum SqliteSynchronous
{
    Normal,
    Full,
}
