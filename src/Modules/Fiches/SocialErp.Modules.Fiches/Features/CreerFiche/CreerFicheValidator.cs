using SocialErp.Modules.Fiches.Features.Shared;

namespace SocialErp.Modules.Fiches.Features.CreerFiche;

internal sealed class CreerFicheValidator(TimeProvider timeProvider) : IdentiteFicheValidator<CreerFicheRequest>(timeProvider);
