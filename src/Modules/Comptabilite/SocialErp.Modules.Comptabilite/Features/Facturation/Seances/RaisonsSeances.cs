namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>Why a session run did not bill (all or part of) a dossier's sessions: the stable codes of <c>raison</c>.</summary>
internal static class RaisonsSeances
{
    public const string SansFinancement = "sans-financement";
    public const string RienAFacturer = "rien-a-facturer";
    public const string HorsConvention = "hors-convention";
    public const string ModeForfait = "mode-forfait";
    public const string HeuresFinanceesAbsentes = "heures-financees-absentes";
    public const string DejaFacturee = "deja-facturee";
    public const string HeuresDepassees = "heures-depassees";
    public const string ConventionPrecedente = "convention-precedente";
    public const string ForfaitAutreMois = "forfait-autre-mois";
}
