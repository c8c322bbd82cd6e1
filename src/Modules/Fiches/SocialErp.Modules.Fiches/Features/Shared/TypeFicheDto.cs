namespace SocialErp.Modules.Fiches.Features.Shared;

/// <summary>Kind of fiche on the wire: "personne" or "organisation".</summary>
internal enum TypeFicheDto
{
    Personne,
    Organisation,
}
