namespace SocialErp.Modules.Fiches.Domain;

/// <summary>Kinds of message a fiche may be sent, each with its own preferred channel.</summary>
internal enum TypeMessage
{
    Courrier,
    Rappel,
    Convocation,
}
