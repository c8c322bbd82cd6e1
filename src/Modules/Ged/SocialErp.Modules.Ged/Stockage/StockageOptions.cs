namespace SocialErp.Modules.Ged.Stockage;

/// <summary>The <c>Ged:Stockage</c> configuration section.</summary>
internal sealed class StockageOptions
{
    /// <summary>The folder of the local store; empty: <c>&lt;Database:DataFolder&gt;/ged</c>.</summary>
    public string? Dossier { get; set; }
}
