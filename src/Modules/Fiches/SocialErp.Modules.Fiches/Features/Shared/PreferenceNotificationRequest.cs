using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>The channel wished for one kind of message (courrier, rappel, convocation).</summary>
internal sealed record PreferenceNotificationRequest(TypeMessage? TypeMessage, CanalNotification? Canal);
