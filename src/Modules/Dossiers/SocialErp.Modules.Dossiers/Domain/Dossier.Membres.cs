using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal sealed partial class Dossier
{
    public Result AjouterMembre(MembreSaisi membre, DateTime maintenant)
    {
        if (_membres.Any(m => m.FicheId == membre.FicheId))
        {
            return DossierErrors.DejaMembre;
        }

        _membres.Add(new Membre(Id, membre.FicheId, membre.Role, maintenant));
        AccesModifie(maintenant);
        return Result.Success();
    }

    public Result RetirerMembre(Guid ficheId, DateTime maintenant)
    {
        var membre = _membres.FirstOrDefault(m => m.FicheId == ficheId);
        if (membre is null)
        {
            return DossierErrors.MembreIntrouvable;
        }

        if (_membres.Count == 1)
        {
            return DossierErrors.DernierMembre;
        }

        if (_periodesUa.Any(p => p.FicheId == ficheId))
        {
            return DossierErrors.MembreDansUniteAllocation;
        }

        _membres.Remove(membre);
        AccesModifie(maintenant);
        return Result.Success();
    }

    /// <summary>
    /// After a merge of fiches: the absorbed fiche's membership, periods and referent links move to the kept one.
    /// When both were members, the kept membership stays and the absorbed periods it already covers are dropped.
    /// Answers whether anything changed.
    /// </summary>
    public bool RepointerFiche(Guid absorbeeId, Guid conserveeId, DateTime maintenant)
    {
        var change = false;
        var absorbee = _membres.FirstOrDefault(m => m.FicheId == absorbeeId);
        if (absorbee is not null)
        {
            _membres.Remove(absorbee);
            if (_membres.All(m => m.FicheId != conserveeId))
            {
                _membres.Add(new Membre(Id, conserveeId, absorbee.Role, absorbee.AjouteLe));
            }

            change = true;
        }

        var periodesConservee = _periodesUa.Where(p => p.FicheId == conserveeId).ToList();
        foreach (var periode in _periodesUa.Where(p => p.FicheId == absorbeeId).ToList())
        {
            var couverte = periodesConservee.Any(c => c.Du <= periode.Du && (c.Au is null || (periode.Au is not null && c.Au >= periode.Au)));
            if (couverte)
            {
                _periodesUa.Remove(periode);
            }
            else
            {
                periode.RepointerVers(conserveeId);
            }

            VersionUniteAllocation++;
            change = true;
        }

        foreach (var referent in _referents.Where(r => r.FicheIntervenantId == absorbeeId))
        {
            referent.RepointerFiche(conserveeId);
            change = true;
        }

        if (change)
        {
            AccesModifie(maintenant);
        }

        return change;
    }
}
