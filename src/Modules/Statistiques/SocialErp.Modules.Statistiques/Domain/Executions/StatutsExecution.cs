namespace SocialErp.Modules.Statistiques.Domain.Executions;

/// <summary>
/// Where an execution stands. A finished one is <c>validee</c> (no plausibility error), <c>non-validee</c> (errors:
/// the file exists but must not be sent as is) or <c>echec</c> (it could not be produced).
/// </summary>
internal static class StatutsExecution
{
    public const string EnAttente = "en-attente";
    public const string EnCours = "en-cours";
    public const string Validee = "validee";
    public const string NonValidee = "non-validee";
    public const string Terminee = "terminee";
    public const string Echec = "echec";

    public static bool EstTerminee(string statut) => statut is Validee or NonValidee or Terminee or Echec;
}

/// <summary>What an execution produces: a template's file, or a list's export.</summary>
internal static class TypesExecution
{
    public const string Modele = "modele";
    public const string Liste = "liste";
}
