using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.ModifierFiche;

internal sealed class ModifierFicheValidator(TimeProvider timeProvider) : IdentiteFicheValidator<ModifierFicheRequest>(timeProvider);
