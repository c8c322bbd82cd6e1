namespace SocialErp.Modules.Ged.Publipostage;

/// <summary>The dossier event an attestation is generated for (its <c>evenement.*</c> merge fields).</summary>
internal sealed record EvenementAttestation(string Type, DateOnly Date, string? Motif, string? Commentaire);
