namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// A step an instance went through: its due date, when it began and when it ended; <c>Annulee</c> when it ended
/// because its due date was cancelled (the workflow stopped there).
/// </summary>
internal sealed record PassageEtape(string Etape, Guid EcheanceId, DateTime Debut, DateTime? Fin, Guid? RealiseePar, bool Annulee = false);
