namespace SocialErp.Modules.Comptabilite.Features.Facturation.Seances;

/// <summary>A session billing run: <c>periode</c> is an ended month (AAAA-MM); <c>date</c> the invoices' date (default: the month's last day).</summary>
internal sealed record ExecutionSeancesRequest(string? Periode, DateOnly? Date);
