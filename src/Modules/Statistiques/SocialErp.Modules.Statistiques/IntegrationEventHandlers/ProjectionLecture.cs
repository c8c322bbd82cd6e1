using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Comptabilite.Contracts.IntegrationEvents;
using SocialErp.Modules.Dossiers.Contracts.IntegrationEvents;
using SocialErp.Modules.Fiches.Contracts.IntegrationEvents;
using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Persistence;
using SocialErp.SharedKernel.Messaging;

namespace SocialErp.Modules.Statistiques.IntegrationEventHandlers;

/// <summary>
/// Applies one event to the reporting tables. Used by the live handlers and by the rebuild, so both give the same
/// model. Each case is idempotent on its own: inserts are keyed by the source's id, snapshots apply only when newer
/// (event time, or the UA version), so a redelivered or late message changes nothing.
/// </summary>
internal sealed class ProjectionLecture(StatistiquesDbContext db)
{
    /// <summary>
    /// For the live handler, in one round trip: whether this event is already in the module's log and, for an entry or
    /// a payment, whether the rows keyed by its source id are already projected (e.g. the same entry sent again under
    /// another event id). Given to <see cref="AppliquerAsync"/>, it spares the projection its own look-up.
    /// </summary>
    public async Task<DejaVu> DejaVuAsync(IntegrationEvent evenement, CancellationToken ct)
    {
        var journal = db.EvenementsSource.Where(e => e.EventId == evenement.EventId).Select(e => e.EventId);
        var (source, projetes) = evenement switch
        {
            EcriturePasseeIntegrationEvent e => (e.EcritureId, db.LignesEcriture.Where(l => l.EcritureId == e.EcritureId).Select(l => l.EcritureId)),
            PaiementComptabiliseIntegrationEvent e => (e.PaiementId, db.Paiements.Where(p => p.PaiementId == e.PaiementId).Select(p => p.PaiementId)),
            _ => ((Guid?)null, (IQueryable<Guid>?)null),
        };
        var trouves = await (projetes is null ? journal : journal.Concat(projetes)).Distinct().ToListAsync(ct);
        return new DejaVu(trouves.Contains(evenement.EventId), source is { } id && trouves.Contains(id));
    }

    /// <summary>
    /// Applies the event. <paramref name="dejaVu"/> is what <see cref="DejaVuAsync"/> found (live handler); without it
    /// (rebuild) each case looks for itself.
    /// </summary>
    public Task AppliquerAsync(IntegrationEvent evenement, CancellationToken ct, DejaVu? dejaVu = null) => evenement switch
    {
        FicheCreeeIntegrationEvent e => FicheCreeeAsync(e, ct),
        FicheModifieeIntegrationEvent e => PersonneAsync(e.FicheId, e.OccurredAt, p => Modifier(p, e), ct),
        FicheArchiveeIntegrationEvent e => PersonneAsync(e.FicheId, e.OccurredAt, p => p.Archivee = true, ct),
        FicheReactiveeIntegrationEvent e => PersonneAsync(e.FicheId, e.OccurredAt, p => p.Archivee = false, ct),
        FichesFusionneesIntegrationEvent e => FusionAsync(e, ct),
        FichesDefusionneesIntegrationEvent e => DefusionAsync(e, ct),
        DossierOuvertIntegrationEvent e => DossierOuvertAsync(e, ct),
        DossierModifieIntegrationEvent e => DossierAsync(e.DossierId, e.OccurredAt, d => (d.Numero, d.Nom, d.Prestation, d.CommuneDomicile) = (e.Numero, e.Nom, e.Prestation, e.CommuneDomicile), ct),
        DossierStatutModifieIntegrationEvent e => DossierAsync(e.DossierId, e.OccurredAt, d => d.ChangerStatut(e.NouveauStatut, e.Date, e.Motif), ct),
        DossierTransfereIntegrationEvent e => DossierAsync(e.DossierId, e.OccurredAt, d => d.ServiceId = e.NouveauServiceId, ct),
        UniteAllocationModifieeIntegrationEvent e => UniteAllocationAsync(e, ct),
        EvenementDossierEnregistreIntegrationEvent e => EvenementDossierAsync(e, ct),
        SeanceModifieeIntegrationEvent e => SeanceAsync(e, ct),
        FinancementDossierModifieIntegrationEvent e => FinancementAsync(e, ct),
        ChampsPersonnalisesModifiesIntegrationEvent e => ChampsAsync(e, ct),
        EcriturePasseeIntegrationEvent e => EcritureAsync(e, dejaVu, ct),
        PaiementComptabiliseIntegrationEvent e => PaiementAsync(e, dejaVu, ct),
        _ => Task.CompletedTask,
    };

    private async Task FicheCreeeAsync(FicheCreeeIntegrationEvent e, CancellationToken ct)
    {
        if (await TrouverAsync<PersonneLecture>(e.FicheId, ct) is not null)
        {
            return;
        }

        db.Personnes.Add(new PersonneLecture
        {
            FicheId = e.FicheId, Type = e.Type, Nom = e.Nom, Prenom = e.Prenom, DateNaissance = e.DateNaissance,
            ServiceId = e.ServiceId, EtatCivil = e.EtatCivil, Nationalite = e.Nationalite, MiseAJour = e.OccurredAt,
        });
    }

    private static void Modifier(PersonneLecture p, FicheModifieeIntegrationEvent e)
    {
        (p.Nom, p.Prenom, p.DateNaissance) = (e.Nom, e.Prenom, e.DateNaissance);
        // Payloads older than these properties do not carry them: a null only clears when the field is named as changed.
        if (e.EtatCivil is not null || e.ChampsModifies.Contains("etatCivil"))
        {
            p.EtatCivil = e.EtatCivil;
        }

        if (e.Nationalite is not null || e.ChampsModifies.Contains("nationalite"))
        {
            p.Nationalite = e.Nationalite;
        }
    }

    private async Task PersonneAsync(Guid ficheId, DateTime instant, Action<PersonneLecture> changer, CancellationToken ct)
    {
        if (await TrouverAsync<PersonneLecture>(ficheId, ct) is { } personne && instant >= personne.MiseAJour)
        {
            changer(personne);
            personne.MiseAJour = instant;
        }
    }

    private async Task FusionAsync(FichesFusionneesIntegrationEvent e, CancellationToken ct)
    {
        await PersonneAsync(e.AbsorbeeId, e.OccurredAt, p => (p.FusionneeDans, p.Archivee) = (e.ConserveeId, true), ct);
        var deplaces = new List<DeplacementFusionLecture>();
        foreach (var membre in await db.MembresUnite.Where(m => m.FicheId == e.AbsorbeeId).ToListAsync(ct))
        {
            membre.FicheId = e.ConserveeId;
            deplaces.Add(new() { Genre = DeplacementFusionLecture.Membre, SourceId = membre.Id });
        }

        foreach (var ligne in await db.LignesEcriture.Where(l => l.FicheId == e.AbsorbeeId).ToListAsync(ct))
        {
            ligne.FicheId = e.ConserveeId;
            deplaces.Add(new() { Genre = DeplacementFusionLecture.Ligne, SourceId = ligne.EcritureId, Numero = ligne.Numero });
        }

        foreach (var paiement in await db.Paiements.Where(p => p.FicheId == e.AbsorbeeId).ToListAsync(ct))
        {
            paiement.FicheId = e.ConserveeId;
            deplaces.Add(new() { Genre = DeplacementFusionLecture.Paiement, SourceId = paiement.PaiementId });
        }

        if (e.FusionId is { } fusionId && !await db.DeplacementsFusion.AnyAsync(d => d.FusionId == fusionId, ct))
        {
            deplaces.ForEach(d => d.FusionId = fusionId);
            db.DeplacementsFusion.AddRange(deplaces);
        }
    }

    /// <summary>The restored fiche is active again and gets back the rows the merge moved that are still on the kept one.</summary>
    private async Task DefusionAsync(FichesDefusionneesIntegrationEvent e, CancellationToken ct)
    {
        await PersonneAsync(e.AbsorbeeId, e.OccurredAt, p => (p.FusionneeDans, p.Archivee) = (null, false), ct);
        var deplaces = await db.DeplacementsFusion.Where(d => d.FusionId == e.FusionId).ToListAsync(ct);
        var ids = deplaces.Select(d => d.SourceId).Distinct().ToList();
        foreach (var membre in await db.MembresUnite.Where(m => ids.Contains(m.Id) && m.FicheId == e.ConserveeId).ToListAsync(ct))
        {
            membre.FicheId = e.AbsorbeeId;
        }

        var lignes = deplaces.Where(d => d.Genre == DeplacementFusionLecture.Ligne).Select(d => (d.SourceId, d.Numero)).ToHashSet();
        foreach (var ligne in await db.LignesEcriture.Where(l => ids.Contains(l.EcritureId) && l.FicheId == e.ConserveeId).ToListAsync(ct))
        {
            if (lignes.Contains((ligne.EcritureId, ligne.Numero)))
            {
                ligne.FicheId = e.AbsorbeeId;
            }
        }

        foreach (var paiement in await db.Paiements.Where(p => ids.Contains(p.PaiementId) && p.FicheId == e.ConserveeId).ToListAsync(ct))
        {
            paiement.FicheId = e.AbsorbeeId;
        }

        db.DeplacementsFusion.RemoveRange(deplaces);
    }

    private async Task DossierOuvertAsync(DossierOuvertIntegrationEvent e, CancellationToken ct)
    {
        if (await TrouverAsync<DossierLecture>(e.DossierId, ct) is not null)
        {
            return;
        }

        db.Dossiers.Add(new DossierLecture
        {
            DossierId = e.DossierId, Numero = e.Numero, Nom = e.Nom, Prestation = e.Prestation, CommuneDomicile = e.CommuneDomicile,
            ServiceId = e.ServiceId, DateOuverture = e.DateOuverture, MiseAJour = e.OccurredAt,
        });

        // The first members stand for the UA until Dossiers sends its first complete UA snapshot.
        db.MembresUnite.AddRange(e.Membres.Select(m => new MembreUniteLecture
        {
            Id = Guid.CreateVersion7(), DossierId = e.DossierId, FicheId = m.FicheId, Role = m.Role, Du = e.DateOuverture,
        }));
    }

    private async Task DossierAsync(Guid dossierId, DateTime instant, Action<DossierLecture> changer, CancellationToken ct)
    {
        if (await TrouverAsync<DossierLecture>(dossierId, ct) is { } dossier && instant >= dossier.MiseAJour)
        {
            changer(dossier);
            dossier.MiseAJour = instant;
        }
    }

    private async Task UniteAllocationAsync(UniteAllocationModifieeIntegrationEvent e, CancellationToken ct)
    {
        if (await TrouverAsync<DossierLecture>(e.DossierId, ct) is not { } dossier || e.Version <= dossier.VersionUniteAllocation)
        {
            return;
        }

        dossier.VersionUniteAllocation = e.Version;
        db.MembresUnite.RemoveRange(await db.MembresUnite.Where(m => m.DossierId == e.DossierId).ToListAsync(ct));
        db.MembresUnite.AddRange(e.Periodes.Select(p => new MembreUniteLecture
        {
            Id = Guid.CreateVersion7(), DossierId = e.DossierId, FicheId = p.FicheId, Role = p.Role, Du = p.Du, Au = p.Au,
        }));
    }

    private async Task EvenementDossierAsync(EvenementDossierEnregistreIntegrationEvent e, CancellationToken ct)
    {
        if (await TrouverAsync<EvenementDossierLecture>(e.EvenementId, ct) is null)
        {
            db.EvenementsDossier.Add(new EvenementDossierLecture
            {
                EvenementId = e.EvenementId, DossierId = e.DossierId, TypeCode = e.TypeCode, TypeLibelle = e.TypeLibelle,
                Date = e.Date, Motif = e.Motif, NouveauStatut = e.NouveauStatut,
            });
        }
    }

    private async Task SeanceAsync(SeanceModifieeIntegrationEvent e, CancellationToken ct)
    {
        var seance = await TrouverAsync<SeanceLecture>(e.SeanceId, ct);
        if (seance is null)
        {
            seance = new SeanceLecture { SeanceId = e.SeanceId };
            db.Seances.Add(seance);
        }
        else if (e.OccurredAt < seance.MiseAJour)
        {
            return;
        }

        (seance.DossierId, seance.Debut, seance.Fin, seance.DureeHeures, seance.Etat, seance.Presence, seance.MiseAJour) =
            (e.DossierId, e.Debut, e.Fin, e.DureeHeures, e.Etat, e.Presence, e.OccurredAt);
    }

    private async Task FinancementAsync(FinancementDossierModifieIntegrationEvent e, CancellationToken ct)
    {
        var financement = await TrouverAsync<FinancementLecture>(e.DossierId, ct);
        if (financement is null)
        {
            financement = new FinancementLecture { DossierId = e.DossierId };
            db.Financements.Add(financement);
        }
        else if (e.Version <= financement.Version)
        {
            return;
        }

        (financement.Version, financement.ConventionReference, financement.ConventionDu, financement.ConventionAu, financement.HeuresFinancees) =
            (e.Version, e.ConventionReference, e.ConventionDu, e.ConventionAu, e.HeuresFinancees);
        (financement.FinanceurPrincipalId, financement.TypeFinanceur, financement.ModeMontant, financement.NombreCoFinanceurs) =
            (e.FinanceurPrincipalId, e.TypeFinanceur, e.ModeMontant, e.CoFinanceurs.Count);
        financement.MontantTotal = e.ModeMontant == FinancementLecture.TauxHoraire
            ? decimal.Round(e.Montant * (e.HeuresFinancees ?? 0m), 2, MidpointRounding.AwayFromZero)
            : e.Montant;
    }

    private async Task ChampsAsync(ChampsPersonnalisesModifiesIntegrationEvent e, CancellationToken ct)
    {
        if (await TrouverAsync<DossierLecture>(e.DossierId, ct) is not { } dossier || e.Version <= dossier.VersionChamps)
        {
            return;
        }

        dossier.VersionChamps = e.Version;
        // The rebuild saves per batch: rows of an earlier event of the batch are only in the change tracker.
        var tenus = (await db.ChampsDossier.Where(c => c.DossierId == e.DossierId).ToListAsync(ct))
            .Concat(db.ChampsDossier.Local.Where(c => c.DossierId == e.DossierId))
            .Distinct()
            .ToList();
        foreach (var tenu in tenus)
        {
            var valeur = e.Valeurs.FirstOrDefault(v => v.Code == tenu.Code);
            var entree = db.Entry(tenu);
            if (valeur is null)
            {
                if (entree.State != EntityState.Deleted)
                {
                    db.ChampsDossier.Remove(tenu);
                }
            }
            else
            {
                (tenu.Type, tenu.Valeur) = (valeur.Type, valeur.Valeur);
                if (entree.State == EntityState.Deleted)
                {
                    entree.State = EntityState.Modified;
                }
            }
        }

        db.ChampsDossier.AddRange(e.Valeurs.Where(v => tenus.All(t => t.Code != v.Code))
            .Select(v => new ChampDossierLecture { DossierId = e.DossierId, Code = v.Code, Type = v.Type, Valeur = v.Valeur }));
    }

    private async Task EcritureAsync(EcriturePasseeIntegrationEvent e, DejaVu? dejaVu, CancellationToken ct)
    {
        var projetee = dejaVu?.Projete ?? await db.LignesEcriture.AnyAsync(l => l.EcritureId == e.EcritureId, ct);
        if (projetee || db.LignesEcriture.Local.Any(l => l.EcritureId == e.EcritureId))
        {
            return;
        }

        db.LignesEcriture.AddRange(e.Lignes.Select((l, i) => new LigneEcritureLecture
        {
            EcritureId = e.EcritureId, Numero = i + 1, Date = e.Date, Periode = e.Periode, Libelle = e.Libelle, ExtourneDe = e.ExtourneDe,
            Compte = l.Compte, GenreCompte = l.GenreCompte, Debit = l.Debit, Credit = l.Credit, FicheId = l.FicheId,
            UniteAllocationId = l.UniteAllocationId, DossierId = l.DossierId, CommuneDomicile = l.CommuneDomicile,
            Prestation = l.Prestation, TypeCharge = l.TypeCharge, TypePayeur = l.TypePayeur,
        }));
    }

    private async Task PaiementAsync(PaiementComptabiliseIntegrationEvent e, DejaVu? dejaVu, CancellationToken ct)
    {
        var projete = dejaVu is null
            ? await TrouverAsync<PaiementLecture>(e.PaiementId, ct) is not null
            : dejaVu.Projete || db.Paiements.Local.Any(p => p.PaiementId == e.PaiementId);
        if (projete)
        {
            return;
        }

        db.Paiements.Add(new PaiementLecture
        {
            PaiementId = e.PaiementId, DossierId = e.DossierId, FicheId = e.FicheId, Date = e.Date, Montant = e.Montant,
            Ordinaire = e.Ordinaire, Libelle = e.Libelle,
        });
        if (e.Ordinaire && e.DossierId is { } dossierId && await TrouverAsync<DossierLecture>(dossierId, ct) is { } dossier
            && (dossier.DernierPaiementOrdinaire is null || dossier.DernierPaiementOrdinaire < e.Date))
        {
            dossier.DernierPaiementOrdinaire = e.Date;
        }
    }

    /// <summary>FindAsync sees rows added earlier in the same batch (the rebuild saves in batches).</summary>
    private async Task<T?> TrouverAsync<T>(Guid id, CancellationToken ct)
        where T : class => await db.Set<T>().FindAsync([id], ct);
}
