using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.Shared;

internal sealed record PreferenceNotificationResponse(TypeMessage TypeMessage, CanalNotification Canal);
