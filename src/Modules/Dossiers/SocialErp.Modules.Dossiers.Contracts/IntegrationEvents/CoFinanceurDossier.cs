namespace SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;

/// <summary>A co-funder of a dossier (a fiche) and its part of the split: a percentage or an amount.</summary>
public sealed record CoFinanceurDossier(Guid FicheId, decimal Part);
