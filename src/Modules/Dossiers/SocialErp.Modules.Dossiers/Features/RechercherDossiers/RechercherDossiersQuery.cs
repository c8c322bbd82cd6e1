namespace SocialErp.Modules.Dossiers.Features.RechercherDossiers;

/// <summary>
/// Search parameters: <c>q</c> words matched (without accents or case) in the number and name; <c>numero</c>
/// exact number; <c>statut</c>, <c>prestation</c>, <c>serviceId</c>; <c>ficheId</c> the dossiers of a fiche (a
/// beneficiary's dossiers); <c>clotureProposeeAvant</c> dossiers whose last ordinary payment is more than six
/// months before that date (six-month rule); <c>beneficiaire</c> words of a member's name (or AVS number), searched in
/// Fiches; <c>referentId</c> the dossiers the user is an active referent of, <c>mesDossiers</c> the same for the current
/// user. <c>sort</c>: numero, nom or dateOuverture, prefixed by <c>-</c> for descending.
/// </summary>
internal sealed record RechercherDossiersQuery(
    string? Q,
    string? Numero,
    string? Statut,
    string? Prestation,
    Guid? ServiceId,
    Guid? FicheId,
    DateOnly? ClotureProposeeAvant,
    string? Beneficiaire,
    Guid? ReferentId,
    bool? MesDossiers,
    int? Page,
    int? PageSize,
    string? Sort);
