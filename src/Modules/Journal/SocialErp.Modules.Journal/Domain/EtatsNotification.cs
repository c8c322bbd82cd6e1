namespace SocialErp.Modules.Journal.Domain;

/// <summary>The API codes of <see cref="EtatNotification"/>: a-envoyer, envoyee, echec, sans-canal.</summary>
internal static class EtatsNotification
{
    public static string Code(EtatNotification etat) => etat switch
    {
        EtatNotification.AEnvoyer => "a-envoyer",
        EtatNotification.Envoyee => "envoyee",
        EtatNotification.Echec => "echec",
        _ => "sans-canal",
    };

    public static EtatNotification? Lire(string? code) =>
        Enum.GetValues<EtatNotification>().Cast<EtatNotification?>().FirstOrDefault(e => Code(e!.Value) == code);
}
