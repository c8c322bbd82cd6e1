namespace SocialErp.Modules.Fiches.Features.Doublons;

/// <summary>Which indexed keys a candidates query compares (see <see cref="CandidatsDoublonsSpecification"/>).</summary>
internal enum CleDoublon
{
    /// <summary>AVS number, e-mail, phones.</summary>
    Fortes,

    DateNaissance,
}
