namespace SocialErp.Modules.Dossiers.Contracts.Queries;

/// <summary>A referent of a dossier: the user, their intervenant fiche when one was named, and since when.</summary>
public sealed record ReferentApercu(Guid UtilisateurId, Guid? FicheIntervenantId, DateOnly Du);
