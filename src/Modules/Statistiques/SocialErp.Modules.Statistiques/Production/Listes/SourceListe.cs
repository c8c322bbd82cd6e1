using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.SharedKernel.Time;

namespace SocialErp.Modules.Statistiques.Production.Listes;

/// <summary>
/// Reads the rows of a list's entity from the read model with what they refer to; with <c>parPersonne</c>, one row
/// per member of the dossier's allocation unit (every membership period for a dossier, the members on the event's
/// or session's date otherwise). The dossier's funding and custom field values are read only when the list names a
/// <c>financement.</c> or <c>dossier.champ.</c> column.
/// </summary>
internal sealed class SourceListe(StatistiquesDbContext db, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<LigneSource>> ChargerAsync(DefinitionListe definition, DateOnly aujourdhui, CancellationToken cancellationToken)
    {
        var familles = CatalogueColonnes.Familles(definition.Entite!, definition.ParPersonne);
        var dossiers = familles.Contains("dossier")
            ? await db.Dossiers.AsNoTracking().ToDictionaryAsync(d => d.DossierId, cancellationToken)
            : [];
        var personnes = familles.Contains("personne")
            ? await db.Personnes.AsNoTracking().ToDictionaryAsync(p => p.FicheId, cancellationToken)
            : [];
        var membres = definition.ParPersonne
            ? (await db.MembresUnite.AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.DossierId)
            : null;
        var vide = new LigneSource(aujourdhui);
        var filtres = definition.Filtres ?? [];

        DossierLecture? Dossier(Guid? id) => id is { } d && dossiers.TryGetValue(d, out var dossier) ? dossier : null;
        PersonneLecture? Personne(Guid? id) => id is { } p && personnes.TryGetValue(p, out var personne) ? personne : null;
        IEnumerable<LigneSource> ParMembre(LigneSource ligne, Guid dossierId, DateOnly? le) => membres is null
            ? [ligne]
            : membres[dossierId].Where(m => le is null || m.EstMembreLe(le.Value)).OrderBy(m => m.Du).ThenBy(m => m.Role, StringComparer.Ordinal)
                .Select(m => ligne with { Membre = m, Personne = Personne(m.FicheId) });

        IReadOnlyList<LigneSource> lignes = definition.Entite switch
        {
            CatalogueColonnes.Dossiers => dossiers.Values.OrderBy(d => d.Numero, StringComparer.Ordinal)
                .SelectMany(d => ParMembre(vide with { Dossier = d }, d.DossierId, null)).ToList(),
            CatalogueColonnes.Ecritures => (await PreFiltreSql.Ecritures(db.LignesEcriture.AsNoTracking(), filtres).OrderBy(l => l.Date).ThenBy(l => l.Numero).ToListAsync(cancellationToken))
                .Select(l => vide with { Ecriture = l, Dossier = Dossier(l.DossierId), Personne = Personne(l.FicheId) }).ToList(),
            CatalogueColonnes.Paiements => (await PreFiltreSql.Paiements(db.Paiements.AsNoTracking(), filtres).OrderBy(p => p.Date).ToListAsync(cancellationToken))
                .Select(p => vide with { Paiement = p, Dossier = Dossier(p.DossierId), Personne = Personne(p.FicheId) }).ToList(),
            CatalogueColonnes.Evenements => (await db.EvenementsDossier.AsNoTracking().OrderBy(e => e.Date).ToListAsync(cancellationToken))
                .SelectMany(e => ParMembre(vide with { Evenement = e, Dossier = Dossier(e.DossierId) }, e.DossierId, e.Date)).ToList(),
            CatalogueColonnes.Seances => (await db.Seances.AsNoTracking().OrderBy(s => s.Debut).ToListAsync(cancellationToken))
                .Select(s => vide with { Seance = s, JourSeance = timeProvider.Jour(s.Debut), Dossier = Dossier(s.DossierId) })
                .SelectMany(l => ParMembre(l, l.Seance!.DossierId, l.JourSeance)).ToList(),
            _ => personnes.Values.Where(p => p.FusionneeDans is null).OrderBy(p => p.Nom, StringComparer.Ordinal).ThenBy(p => p.Prenom, StringComparer.Ordinal)
                .Select(p => vide with { Personne = p }).ToList(),
        };
        var citeFinancement = definition.ColonnesCitees.Any(c => c.StartsWith("financement.", StringComparison.Ordinal));
        var champs = definition.ColonnesCitees.Where(c => c.StartsWith(CatalogueColonnes.PrefixeChamp, StringComparison.Ordinal))
            .Select(c => c[CatalogueColonnes.PrefixeChamp.Length..]).Distinct().ToList();
        lignes = champs.Count > 0 && familles.Contains("dossier") ? await AvecChampsAsync(lignes, champs, cancellationToken) : lignes;
        return citeFinancement && familles.Contains("financement") ? await AvecFinancementAsync(lignes, cancellationToken) : lignes;
    }

    /// <summary>Adds each row's dossier's values of the custom fields the list names.</summary>
    private async Task<IReadOnlyList<LigneSource>> AvecChampsAsync(IReadOnlyList<LigneSource> lignes, List<string> codes, CancellationToken cancellationToken)
    {
        var parDossier = (await db.ChampsDossier.AsNoTracking().Where(c => codes.Contains(c.Code)).ToListAsync(cancellationToken))
            .GroupBy(c => c.DossierId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.ToDictionary(c => c.Code, c => c.Valeur, StringComparer.Ordinal));
        return lignes
            .Select(l => l.Dossier is { } d && parDossier.TryGetValue(d.DossierId, out var valeurs) ? l with { Champs = valeurs } : l)
            .ToList();
    }

    /// <summary>Adds each row's dossier funding and main funder (read once for the whole list).</summary>
    private async Task<IReadOnlyList<LigneSource>> AvecFinancementAsync(IReadOnlyList<LigneSource> lignes, CancellationToken cancellationToken)
    {
        var financements = await db.Financements.AsNoTracking().ToDictionaryAsync(f => f.DossierId, cancellationToken);
        var financeurIds = financements.Values.Select(f => f.FinanceurPrincipalId).Distinct().ToList();
        var financeurs = await db.Personnes.AsNoTracking().Where(p => financeurIds.Contains(p.FicheId)).ToDictionaryAsync(p => p.FicheId, cancellationToken);
        return lignes
            .Select(l => l.Dossier is { } d && financements.TryGetValue(d.DossierId, out var f)
                ? l with { Financement = f, Financeur = financeurs.GetValueOrDefault(f.FinanceurPrincipalId) }
                : l)
            .ToList();
    }
}
