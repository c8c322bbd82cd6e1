using SocialErp.Modules.Statistiques.Domain.Lecture;

namespace SocialErp.Modules.Statistiques.Domain.Listes;

/// <summary>
/// One row of an entity before projection, with what it refers to (its dossier, its person, the UA membership of a
/// person × event row), so every column of <see cref="CatalogueColonnes"/> reads it the same way.
/// </summary>
internal sealed record LigneSource(DateOnly Aujourdhui)
{
    public DossierLecture? Dossier { get; init; }

    public PersonneLecture? Personne { get; init; }

    /// <summary>The dossier's custom field values by code, when the list shows <c>dossier.champ.</c> columns.</summary>
    public IReadOnlyDictionary<string, string>? Champs { get; init; }

    /// <summary>The dossier's funding, when the list shows <c>financement.</c> columns and the dossier has one.</summary>
    public FinancementLecture? Financement { get; init; }

    /// <summary>The funding's main funder (a fiche), set with <see cref="Financement"/>.</summary>
    public PersonneLecture? Financeur { get; init; }

    public MembreUniteLecture? Membre { get; init; }

    public LigneEcritureLecture? Ecriture { get; init; }

    public PaiementLecture? Paiement { get; init; }

    public EvenementDossierLecture? Evenement { get; init; }

    public SeanceLecture? Seance { get; init; }

    /// <summary>The session's date: the service's calendar day of its start (a UTC instant), set with <see cref="Seance"/>.</summary>
    public DateOnly? JourSeance { get; init; }
}
