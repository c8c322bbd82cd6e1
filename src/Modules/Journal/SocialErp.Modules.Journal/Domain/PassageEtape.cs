namespace SocialErp.Modules.Journal.Domain;

/// <summary>A step an instance went through: its due date, when it began and when it was completed.</summary>
internal sealed record PassageEtape(string Etape, Guid EcheanceId, DateTime Debut, DateTime? Fin, Guid? RealiseePar);
