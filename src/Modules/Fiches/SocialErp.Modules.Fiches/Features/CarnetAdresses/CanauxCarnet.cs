using System.Linq.Expressions;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.CarnetAdresses;

/// <summary>
/// The ways a mailing or a call list reaches a fiche, each as the condition a fiche must meet: an e-mail address (the
/// fiche's or a contact's), a mobile number (SMS), any phone number, or a postal address valid on the day.
/// </summary>
internal static class CanauxCarnet
{
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Telephone = "telephone";
    public const string Courrier = "courrier";

    public static IReadOnlyList<string> Tous { get; } = [Email, Sms, Telephone, Courrier];

    public static Expression<Func<Fiche, bool>> Joignable(string canal, DateOnly date) => canal switch
    {
        Email => f => f.Email != null || f.Contacts.Any(c => c.Type == TypeContact.Email),
        Sms => f => f.Contacts.Any(c => c.Type == TypeContact.Mobile),
        Telephone => f => f.Contacts.Any(c => c.Type == TypeContact.Telephone || c.Type == TypeContact.Mobile),
        _ => f => f.Adresses.Any(a => a.ValideDu <= date && (a.ValideAu == null || a.ValideAu >= date)),
    };

    /// <summary>The address an e-mail reaches a fiche at (the one <see cref="Joignable"/> requires): its main e-mail, else a contact's, principal first.</summary>
    public static string? AdresseEmail(Fiche fiche) =>
        fiche.Email ?? PremierContact(fiche, TypeContact.Email);

    /// <summary>The number an SMS reaches a fiche at (the one <see cref="Joignable"/> requires): a mobile contact, principal first.</summary>
    public static string? NumeroMobile(Fiche fiche) => PremierContact(fiche, TypeContact.Mobile);

    private static string? PremierContact(Fiche fiche, TypeContact type) =>
        fiche.Contacts.Where(c => c.Type == type).OrderByDescending(c => c.Principal).Select(c => c.Valeur).FirstOrDefault();

    /// <summary>
    /// Fiches that did not ask for another channel (or none) for <paramref name="typeMessage"/>; a fiche without a
    /// preference for it takes any channel. Null for the telephone, which is no notification channel.
    /// </summary>
    public static Expression<Func<Fiche, bool>>? SansAutrePreference(string canal, TypeMessage typeMessage)
    {
        CanalNotification? voulu = canal switch
        {
            Email => CanalNotification.Email,
            Sms => CanalNotification.Sms,
            Courrier => CanalNotification.Courrier,
            _ => null,
        };
        return voulu is { } attendu
            ? f => !f.Preferences.Any(p => p.TypeMessage == typeMessage && p.Canal != attendu)
            : null;
    }
}
