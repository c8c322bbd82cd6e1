namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// The kinds of journal entries the service knows. Other kinds are allowed (a service's own kinds) if they are
/// short lowercase codes (<see cref="EstCodeValide"/>).
/// </summary>
internal static class TypesEntree
{
    public const string Ouverture = "ouverture";
    public const string CourrierEntrant = "courrier-entrant";
    public const string CourrierSortant = "courrier-sortant";
    public const string Entretien = "entretien";
    public const string Telephone = "telephone";
    public const string Visite = "visite";
    public const string Commentaire = "commentaire";
    public const string Alerte = "alerte";
    public const string Decision = "decision";
    public const string Paiement = "paiement";
    public const string Cloture = "cloture";
    public const string Archivage = "archivage";
    public const string Transfert = "transfert";
    public const string Transmission = "transmission";
    public const string Evenement = "evenement";
    public const string Statut = "statut";
    public const string Document = "document";
    public const string Workflow = "workflow";
    public const string Fusion = "fusion";
    public const string Defusion = "defusion";

    public const int LongueurMax = 50;

    public static IReadOnlyList<string> Standards { get; } =
    [
        Ouverture, CourrierEntrant, CourrierSortant, Entretien, Telephone, Visite, Commentaire, Alerte, Decision,
        Paiement, Cloture, Archivage, Transfert, Transmission,
    ];

    /// <summary>A kind is a code: lowercase letters, digits and dashes, starting with a letter.</summary>
    public static bool EstCodeValide(string? type) =>
        !string.IsNullOrEmpty(type)
        && type.Length <= LongueurMax
        && char.IsAsciiLetterLower(type[0])
        && type.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
