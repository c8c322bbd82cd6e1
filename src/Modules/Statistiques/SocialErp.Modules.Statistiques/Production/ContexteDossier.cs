using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Domain.Modeles;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>Everything the read model knows about one dossier for one period, loaded beforehand.</summary>
internal sealed record ContexteDossier(
    DossierLecture Dossier,
    PeriodeStatistique Periode,
    IReadOnlyList<MembreUniteLecture> Membres,
    IReadOnlyDictionary<Guid, RequerantDossier> Requerants,
    IEnumerable<LigneDossier> Lignes,
    IEnumerable<PaiementDossier> Paiements,
    DateOnly? DernierPaiementOrdinaire,
    IEnumerable<SeanceLecture> Seances,
    IEnumerable<EvenementDossierLecture> Evenements);

/// <summary>A posting line of the period charged to a dossier: the dimensions the variables filter on and the amounts.</summary>
internal sealed record LigneDossier(
    Guid DossierId, string GenreCompte, string? TypeCharge, string? TypePayeur, string Compte, string? Prestation, decimal Debit, decimal Credit);

/// <summary>A payment of the period made for a dossier.</summary>
internal sealed record PaiementDossier(Guid DossierId, decimal Montant, bool Ordinaire);

/// <summary>What the variables read of a requérant.</summary>
internal sealed record RequerantDossier(DateOnly? DateNaissance, string? EtatCivil, string? Nationalite);
