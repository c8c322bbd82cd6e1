namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// A service a worker (intervenant fiche) rendered on a dossier, for a person of it or the whole unit, valued with
/// the tariff valid on its date and charged to the dossier through its entry. A re-billable service waits for a
/// debtor invoice; once invoiced (<see cref="FactureId"/>) it is not billed again.
/// </summary>
internal sealed class PrestationValorisee
{
    private PrestationValorisee()
    {
        TypePrestation = string.Empty;
        Libelle = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid IntervenantId { get; private set; }

    public DateOnly Date { get; private set; }

    /// <summary>Duration in minutes (hourly tariffs); null for unit tariffs.</summary>
    public int? DureeMinutes { get; private set; }

    /// <summary>Hours (duration / 60) or units: what the tariff's price is multiplied by.</summary>
    public decimal Quantite { get; private set; }

    public string TypePrestation { get; private set; }

    public Guid TarifId { get; private set; }

    public decimal PrixUnitaire { get; private set; }

    public decimal Montant { get; private set; }

    public Guid DossierId { get; private set; }

    public Guid? FicheId { get; private set; }

    public string Libelle { get; private set; }

    public bool Refacturable { get; private set; }

    public Guid EcritureId { get; private set; }

    public Guid? FactureId { get; private set; }

    public DateTime CreeLe { get; private set; }

    public Guid? CreePar { get; private set; }

    public static PrestationValorisee Enregistrer(
        Guid intervenantId, DateOnly date, int? dureeMinutes, decimal quantite, Tarif tarif, Guid dossierId, Guid? ficheId, string libelle,
        bool refacturable, Guid ecritureId, DateTime le, Guid? par) => new()
    {
        Id = Guid.CreateVersion7(),
        IntervenantId = intervenantId,
        Date = date,
        DureeMinutes = dureeMinutes,
        Quantite = quantite,
        TypePrestation = tarif.TypePrestation,
        TarifId = tarif.Id,
        PrixUnitaire = tarif.Prix,
        Montant = tarif.Valoriser(quantite),
        DossierId = dossierId,
        FicheId = ficheId,
        Libelle = libelle,
        Refacturable = refacturable,
        EcritureId = ecritureId,
        CreeLe = le,
        CreePar = par,
    };

    public void Facturer(Guid factureId) => FactureId = factureId;
}
