namespace SocialErp.Modules.Journal.Features.CorrigerEntree;

/// <summary>A correction: only the fields given change; <c>motif</c> says why (kept with the previous version).</summary>
internal sealed record CorrigerEntreeRequest(
    string? Type,
    DateTime? Date,
    string? Texte,
    IReadOnlyList<Guid>? Participants,
    IReadOnlyList<Guid>? Documents,
    string? Confidentialite,
    IReadOnlyList<Guid>? Destinataires,
    bool? Urgente,
    string? Motif);
