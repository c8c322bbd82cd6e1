namespace SocialErp.Modules.Journal.Domain;

/// <summary>
/// The channel and address a person is notified by for a kind of message: the channel the person chose for it (none
/// for « aucun » or « courrier », post being no electronic channel; none if the chosen channel has no address), else
/// e-mail when there is an address, else SMS to a mobile, else none (<see cref="Raison"/> says why).
/// </summary>
internal sealed record ChoixCanal(string? Canal, string? Adresse, string? Raison)
{
    public static ChoixCanal Choisir(string? preference, string? email, string? mobile) => preference switch
    {
        CanauxNotification.Aucun => Aucun("La personne ne souhaite pas recevoir ce type de message."),
        CanauxNotification.Courrier => Aucun("La personne souhaite ce type de message par courrier postal : rien n'est envoyé électroniquement."),
        CanauxNotification.Email => email is null ? Aucun("E-mail souhaité, mais aucune adresse e-mail n'est connue.") : new(CanauxNotification.Email, email, null),
        CanauxNotification.Sms => mobile is null ? Aucun("SMS souhaité, mais aucun numéro de mobile n'est connu.") : new(CanauxNotification.Sms, mobile, null),
        _ when email is not null => new(CanauxNotification.Email, email, null),
        _ when mobile is not null => new(CanauxNotification.Sms, mobile, null),
        _ => Aucun("Ni adresse e-mail ni numéro de mobile connus."),
    };

    private static ChoixCanal Aucun(string raison) => new(null, null, raison);
}
