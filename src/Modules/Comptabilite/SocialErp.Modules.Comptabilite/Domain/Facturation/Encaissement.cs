using SocialErp.SharedKernel.Audit;
using SocialErp.Modules.Comptabilite.Banque.Identifiants;

namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// A booked incoming payment imported from a camt file, known by its <see cref="CleIdempotence"/> (unique: a
/// re-imported credit is skipped). Its amount is split into assignments to invoices; what is not assigned stays in
/// the clearing account (<see cref="NonAffecte"/>) until someone assigns it.
/// </summary>
[NonAudite]
internal sealed class Encaissement
{
    private readonly List<AffectationEncaissement> _affectations = [];

    private Encaissement()
    {
        CleIdempotence = string.Empty;
        Monnaie = string.Empty;
        TypeReference = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ImportId { get; private set; }

    public string CleIdempotence { get; private set; }

    public DateOnly Date { get; private set; }

    public decimal Montant { get; private set; }

    public string Monnaie { get; private set; }

    public string TypeReference { get; private set; }

    public string? Reference { get; private set; }

    public string? NomDebiteur { get; private set; }

    public string? ReferenceBanque { get; private set; }

    public string? Communication { get; private set; }

    /// <summary>How it was matched: <c>reference</c>, <c>montant-nom</c>, <c>manuel</c>, or null while in clearing.</summary>
    public string? Rapprochement { get; private set; }

    public decimal MontantAffecte { get; private set; }

    /// <summary>Something is still in the clearing account (kept stored so lists filter on it).</summary>
    public bool AAffecter { get; private set; }

    public Guid EcritureId { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<AffectationEncaissement> Affectations => _affectations;

    public decimal NonAffecte => Montant - MontantAffecte;

    public static Encaissement Recevoir(
        Guid importId, string cle, DateOnly date, decimal montant, string monnaie, TypeReference typeReference, string? reference,
        string? nomDebiteur, string? referenceBanque, string? communication) => new()
    {
        Id = Guid.CreateVersion7(),
        ImportId = importId,
        CleIdempotence = cle,
        Date = date,
        Montant = montant,
        Monnaie = monnaie,
        TypeReference = typeReference switch { Banque.Identifiants.TypeReference.Qrr => "QRR", Banque.Identifiants.TypeReference.Scor => "SCOR", _ => "NON" },
        Reference = reference,
        NomDebiteur = nomDebiteur,
        ReferenceBanque = referenceBanque,
        Communication = communication,
        AAffecter = true,
    };

    public void Comptabiliser(Guid ecritureId) => EcritureId = ecritureId;

    public AffectationEncaissement Affecter(Guid factureId, decimal montant, string rapprochement, Guid? ecritureId, DateTime le, Guid? par)
    {
        var affectation = AffectationEncaissement.Creer(Id, factureId, montant, rapprochement, ecritureId, le, par);
        _affectations.Add(affectation);
        MontantAffecte += montant;
        AAffecter = NonAffecte > 0;
        Rapprochement ??= rapprochement;
        Version++;
        return affectation;
    }
}

/// <summary>A part of an incoming payment assigned to an invoice, with the entry that moved it to the receivable.</summary>
[NonAudite]
internal sealed class AffectationEncaissement
{
    private AffectationEncaissement()
    {
        Rapprochement = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid EncaissementId { get; private set; }

    public Guid FactureId { get; private set; }

    public decimal Montant { get; private set; }

    public string Rapprochement { get; private set; }

    /// <summary>The entry clearing → receivable (manual assignment); null when the import posted bank → receivable directly.</summary>
    public Guid? EcritureId { get; private set; }

    public DateTime Le { get; private set; }

    public Guid? Par { get; private set; }

    internal static AffectationEncaissement Creer(Guid encaissementId, Guid factureId, decimal montant, string rapprochement, Guid? ecritureId, DateTime le, Guid? par) => new()
    {
        Id = Guid.CreateVersion7(),
        EncaissementId = encaissementId,
        FactureId = factureId,
        Montant = montant,
        Rapprochement = rapprochement,
        EcritureId = ecritureId,
        Le = le,
        Par = par,
    };
}
