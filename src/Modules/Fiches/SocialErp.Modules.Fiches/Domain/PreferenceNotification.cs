namespace SocialErp.Modules.Fiches.Domain;

/// <summary>The channel a fiche wishes for one kind of message (a convocation by SMS, letters by e-mail…).</summary>
internal sealed class PreferenceNotification
{
    public PreferenceNotification(Guid ficheId, TypeMessage typeMessage, CanalNotification canal)
    {
        FicheId = ficheId;
        TypeMessage = typeMessage;
        Canal = canal;
    }

    public Guid FicheId { get; private set; }

    public TypeMessage TypeMessage { get; private set; }

    public CanalNotification Canal { get; private set; }

    public void Changer(CanalNotification canal) => Canal = canal;
}
