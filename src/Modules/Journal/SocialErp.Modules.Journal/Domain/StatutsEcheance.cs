namespace SocialErp.Modules.Journal.Domain;

/// <summary>The API codes of <see cref="StatutEcheance"/>: ouverte, realisee, annulee, en-retard.</summary>
internal static class StatutsEcheance
{
    public static string Code(StatutEcheance statut) => statut switch
    {
        StatutEcheance.Ouverte => "ouverte",
        StatutEcheance.Realisee => "realisee",
        StatutEcheance.Annulee => "annulee",
        _ => "en-retard",
    };

    public static StatutEcheance? Lire(string? code) =>
        Enum.GetValues<StatutEcheance>().Cast<StatutEcheance?>().FirstOrDefault(s => Code(s!.Value) == code);
}
