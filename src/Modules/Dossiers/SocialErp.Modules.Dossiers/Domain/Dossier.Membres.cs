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
}
