using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Domain;

internal sealed partial class Dossier
{
    public IEnumerable<Referent> ReferentsActifs => _referents.Where(r => r.EstActif);

    public Result<Referent> AjouterReferent(Guid utilisateurId, Guid? ficheIntervenantId, DateOnly du, bool principal, DateTime maintenant)
    {
        if (_referents.Any(r => r.EstActif && r.UtilisateurId == utilisateurId))
        {
            return DossierErrors.DejaReferent;
        }

        if (principal)
        {
            foreach (var ancien in _referents.Where(r => r.EstActif && r.Principal))
            {
                ancien.Terminer(du);
            }
        }

        var referent = new Referent(Guid.CreateVersion7(maintenant), Id, utilisateurId, ficheIntervenantId, du, principal);
        _referents.Add(referent);
        AccesModifie(maintenant);
        return referent;
    }

    public Result TerminerReferent(Guid referentId, DateOnly date, DateTime maintenant)
    {
        var referent = _referents.FirstOrDefault(r => r.Id == referentId && r.EstActif);
        if (referent is null)
        {
            return DossierErrors.ReferentIntrouvable;
        }

        referent.Terminer(date);
        AccesModifie(maintenant);
        return Result.Success();
    }

    public Partage Partager(Guid? utilisateurId, Guid? serviceId, DateOnly du, DateOnly? au, DateTime maintenant, Guid? auteur)
    {
        var partage = new Partage(Guid.CreateVersion7(maintenant), Id, utilisateurId, serviceId, du, au, maintenant, auteur);
        _partages.Add(partage);
        AccesModifie(maintenant);
        return partage;
    }

    public Result RetirerPartage(Guid partageId, DateTime maintenant)
    {
        var partage = _partages.FirstOrDefault(p => p.Id == partageId);
        if (partage is null)
        {
            return DossierErrors.PartageIntrouvable;
        }

        _partages.Remove(partage);
        AccesModifie(maintenant);
        return Result.Success();
    }

    /// <summary>
    /// Moves the dossier to another service and/or main referent from <paramref name="date"/>: the previous main
    /// referent stops, shares stay. Answers the previous service and main referent.
    /// </summary>
    public (Guid? AncienService, Guid? AncienReferent) Transferer(Guid? serviceId, Guid? referentId, DateOnly date, DateTime maintenant)
    {
        var ancienService = ServiceId;
        var ancienReferent = _referents.FirstOrDefault(r => r.EstActif && r.Principal)?.UtilisateurId;
        if (serviceId is not null)
        {
            ServiceId = serviceId;
        }

        if (referentId is { } nouveau)
        {
            foreach (var referent in _referents.Where(r => r.EstActif && (r.Principal || r.UtilisateurId == nouveau)))
            {
                referent.Terminer(date);
            }

            _referents.Add(new Referent(Guid.CreateVersion7(maintenant), Id, nouveau, null, date, principal: true));
        }

        AccesModifie(maintenant);
        return (ancienService, ancienReferent);
    }

    private void AccesModifie(DateTime maintenant)
    {
        VersionAcces++;
        ModifieLe = maintenant;
    }
}
