namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>Where an invoice stands, derived from what was paid and credited against its amount.</summary>
internal static class StatutsFacture
{
    public const string Ouverte = "ouverte";
    public const string PartiellementPayee = "partiellement-payee";
    public const string Soldee = "soldee";

    /// <summary>A credit note (avoir) carries this status: it is settled the moment it is issued.</summary>
    public const string Avoir = "avoir";
}
