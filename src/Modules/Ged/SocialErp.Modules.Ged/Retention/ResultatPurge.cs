namespace SocialErp.Modules.Ged.Retention;

/// <summary>What one purge run removed.</summary>
internal sealed record ResultatPurge(int DocumentsPurges, int ContenusSupprimes, int OrphelinsSupprimes, int TemporairesSupprimes);
