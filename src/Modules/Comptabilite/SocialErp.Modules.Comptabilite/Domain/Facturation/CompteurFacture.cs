using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Comptabilite.Domain.Facturation;

/// <summary>
/// The last invoice number given in a year. Incremented by one atomic UPDATE inside the transaction that creates
/// the invoice (<c>NumerotationFactures</c>): a rollback gives the number back, so numbers have no gaps.
/// </summary>
[NonAudite]
internal sealed class CompteurFacture
{
    public int Annee { get; private set; }

    public int Dernier { get; private set; }
}
