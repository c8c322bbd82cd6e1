namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>
/// What a session billing run did: the invoices (one per funder and dossier, for the positive differences) and credit
/// notes (<c>avoirDe</c> set: one per invoice credited) issued, and per dossier what was not issued and why.
/// </summary>
internal sealed record ExecutionSeancesResponse(string Periode, IReadOnlyList<FactureResponse> Factures, IReadOnlyList<SeancesIgnoreesResponse> Ignorees);

/// <summary>
/// Sessions of a dossier the run did not bill: <c>raison</c> is one of <see cref="RaisonsSeances"/>,
/// <c>facturation-bloquee</c>, <c>dossier-ferme</c> or the code of the problem that refused the dossier's documents;
/// <c>detail</c> says it in French; <c>heures</c> the hours not billed (beyond the funded hours); <c>seances</c> the
/// sessions concerned, when not all of the month's.
/// </summary>
internal sealed record SeancesIgnoreesResponse(
    Guid DossierId, string Raison, string? Detail = null, decimal? Heures = null, IReadOnlyList<Guid>? Seances = null);
