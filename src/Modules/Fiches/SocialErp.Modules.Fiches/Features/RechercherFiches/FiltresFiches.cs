using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Features.RechercherFiches;

/// <summary>The column filters of a fiche search, already validated.</summary>
internal sealed record FiltresFiches(bool Archivee, TypeFiche? Type, string? Categorie, int? Commune)
{
    public IQueryable<Fiche> Appliquer(IQueryable<Fiche> fiches)
    {
        var archivee = Archivee;
        fiches = fiches.Where(f => f.Archivee == archivee);
        if (Type is { } type)
        {
            fiches = fiches.Where(f => f.Type == type);
        }

        if (Categorie is { } categorie)
        {
            fiches = fiches.Where(f => f.Categories.Any(c => c.Categorie == categorie));
        }

        if (Commune is { } commune)
        {
            fiches = fiches.Where(f => f.CommuneResidence == commune);
        }

        return fiches;
    }
}
