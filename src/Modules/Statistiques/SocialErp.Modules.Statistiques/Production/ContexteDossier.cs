using SocialErp.Modules.Statistiques.Domain.Lecture;
using SocialErp.Modules.Statistiques.Domain.Modeles;

namespace SocialErp.Modules.Statistiques.Production;

/// <summary>Everything the read model knows about one dossier for one period, loaded beforehand.</summary>
internal sealed record ContexteDossier(
    DossierLecture Dossier,
    PeriodeStatistique Periode,
    IReadOnlyList<MembreUniteLecture> Membres,
    IReadOnlyDictionary<Guid, DateOnly?> NaissancesRequerants,
    IEnumerable<LigneEcritureLecture> Lignes,
    IEnumerable<PaiementLecture> Paiements,
    IEnumerable<SeanceLecture> Seances,
    IEnumerable<EvenementDossierLecture> Evenements);
