namespace SocialErp.Modules.Fiches.Features.Doublons;

/// <summary>Which indexed keys a candidates query compares (see <see cref="CandidatsDoublonsSpecification"/>).</summary>
internal enum CleDoublon
{
    AvsOuEmail,

    Telephone,

    DateNaissance,
}
