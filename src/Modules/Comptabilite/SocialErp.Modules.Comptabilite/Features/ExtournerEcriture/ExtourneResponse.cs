using SocialErp.Modules.Comptabilite.Features.Shared;

namespace SocialErp.Modules.Comptabilite.Features.ExtournerEcriture;

/// <summary>The reversal and, when one was asked for, the corrected entry.</summary>
internal sealed record ExtourneResponse(EcritureResponse Extourne, EcritureResponse? Correction);
