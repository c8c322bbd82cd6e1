namespace SocialErp.Modules.Dossiers.Domain;

internal sealed partial class Dossier
{
    /// <summary>
    /// After a merge of fiches: the absorbed fiche's membership, periods and referent links move to the kept one.
    /// When both were members, the kept membership stays and the absorbed periods it already covers are dropped.
    /// Answers what moved (to move it back if the merge is undone), null when nothing did.
    /// </summary>
    public RepriseDossier? RepointerFiche(Guid absorbeeId, Guid conserveeId, DateTime maintenant)
    {
        MembreRepris? membreRepris = null;
        var absorbee = _membres.FirstOrDefault(m => m.FicheId == absorbeeId);
        if (absorbee is not null)
        {
            _membres.Remove(absorbee);
            var joint = _membres.Any(m => m.FicheId == conserveeId);
            if (!joint)
            {
                _membres.Add(new Membre(Id, conserveeId, absorbee.Role, absorbee.AjouteLe));
            }

            membreRepris = new MembreRepris(absorbee.Role, absorbee.AjouteLe, joint);
        }

        var deplacees = new List<Guid>();
        var jointes = new List<PeriodeJointe>();
        var periodesConservee = _periodesUa.Where(p => p.FicheId == conserveeId).ToList();
        foreach (var periode in _periodesUa.Where(p => p.FicheId == absorbeeId).ToList())
        {
            var couvrante = periodesConservee.FirstOrDefault(c => c.Du <= periode.Du && (c.Au is null || (periode.Au is not null && c.Au >= periode.Au)));
            if (couvrante is not null)
            {
                _periodesUa.Remove(periode);
                jointes.Add(new PeriodeJointe(periode.Id, periode.Role, periode.Du, periode.Au, couvrante.Id));
            }
            else
            {
                periode.RepointerVers(conserveeId);
                deplacees.Add(periode.Id);
            }

            VersionUniteAllocation++;
        }

        var referents = _referents.Where(r => r.FicheIntervenantId == absorbeeId).ToList();
        foreach (var referent in referents)
        {
            referent.RepointerFiche(conserveeId);
        }

        var reprise = new RepriseDossier(Id, membreRepris, deplacees, jointes, referents.Select(r => r.Id).ToList());
        if (reprise.EstVide)
        {
            return null;
        }

        AccesModifie(maintenant);
        return reprise;
    }

    /// <summary>
    /// After a merge is undone: moves back to the absorbed fiche what <paramref name="reprise"/> says the merge moved
    /// and is still as the merge left it — the membership while the kept fiche is still a member, the periods still on
    /// the kept fiche, a dropped period while the kept period that covered it is still there, the referent links still
    /// on the kept fiche. The kept fiche's membership the merge created goes with it, unless the kept fiche has periods
    /// of its own since. What was added on the kept fiche after the merge stays. Answers whether anything changed.
    /// </summary>
    public bool RestaurerFiche(RepriseDossier reprise, Guid absorbeeId, Guid conserveeId, DateTime maintenant)
    {
        var conservee = _membres.FirstOrDefault(m => m.FicheId == conserveeId);
        var change = false;
        if (reprise.Membre is { } membre && conservee is not null && _membres.All(m => m.FicheId != absorbeeId))
        {
            _membres.Add(new Membre(Id, absorbeeId, membre.Role, membre.AjouteLe));
            change = true;
        }

        if (_membres.Any(m => m.FicheId == absorbeeId) && RestaurerPeriodes(reprise, absorbeeId, conserveeId))
        {
            VersionUniteAllocation++;
            change = true;
        }

        foreach (var referent in _referents.Where(r => r.FicheIntervenantId == conserveeId && reprise.Referents.Contains(r.Id)))
        {
            referent.RepointerFiche(absorbeeId);
            change = true;
        }

        var creeeParLaFusion = reprise.Membre is { Joint: false } repris && conservee is not null
            && conservee.Role == repris.Role && conservee.AjouteLe == repris.AjouteLe;
        if (creeeParLaFusion && _membres.Any(m => m.FicheId == absorbeeId) && _periodesUa.All(p => p.FicheId != conserveeId))
        {
            _membres.Remove(conservee!);
            change = true;
        }

        if (change)
        {
            AccesModifie(maintenant);
        }

        return change;
    }

    private bool RestaurerPeriodes(RepriseDossier reprise, Guid absorbeeId, Guid conserveeId)
    {
        var change = false;
        foreach (var periode in _periodesUa.Where(p => p.FicheId == conserveeId && reprise.PeriodesDeplacees.Contains(p.Id)))
        {
            periode.RepointerVers(absorbeeId);
            change = true;
        }

        var aSeparer = reprise.PeriodesJointes
            .Where(j => _periodesUa.All(p => p.Id != j.Id) && _periodesUa.Any(p => p.Id == j.JointeA && p.FicheId == conserveeId))
            .ToList();
        foreach (var jointe in aSeparer)
        {
            _periodesUa.Add(new PeriodeUa(jointe.Id, Id, absorbeeId, jointe.Role, jointe.Du, jointe.Au));
            change = true;
        }

        return change;
    }
}
