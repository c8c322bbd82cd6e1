using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>One camt file imported: its version and message id, and what became of its credits.</summary>
[NonAudite]
internal sealed class ImportCamt
{
    private ImportCamt()
    {
        Version = string.Empty;
        IdentifiantMessage = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Version { get; private set; }

    public string IdentifiantMessage { get; private set; }

    public int Credits { get; private set; }

    public int DejaImportes { get; private set; }

    public int ParReference { get; private set; }

    public int ParMontantNom { get; private set; }

    public int EnAttente { get; private set; }

    public int EcrituresIgnorees { get; private set; }

    public decimal Total { get; private set; }

    public DateTime Le { get; private set; }

    public Guid? Par { get; private set; }

    public static ImportCamt Commencer(string version, string identifiantMessage, int credits, int ignorees, DateTime le, Guid? par) => new()
    {
        Id = Guid.CreateVersion7(),
        Version = version,
        IdentifiantMessage = identifiantMessage,
        Credits = credits,
        EcrituresIgnorees = ignorees,
        Le = le,
        Par = par,
    };

    public void Compter(bool dejaImporte, string? rapprochement, decimal montant)
    {
        if (dejaImporte)
        {
            DejaImportes++;
            return;
        }

        Total += montant;
        switch (rapprochement)
        {
            case "reference": ParReference++; break;
            case "montant-nom": ParMontantNom++; break;
            default: EnAttente++; break;
        }
    }
}
