using SocialErp.Modules.Ged.Features.Shared;

namespace SocialErp.Modules.Ged.Features.Publipostage;

/// <summary>The produced documents (one per recipient), each with the fields it lacked when they were accepted.</summary>
internal sealed record PublipostageResponse(IReadOnlyList<DocumentResponse> Documents);
