using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Comptabilite.Domain;

internal static class ComptabiliteErrors
{
    public static readonly Error EcritureIntrouvable = Error.NotFound(
        "comptabilite.ecriture-introuvable", "Cette écriture n'existe pas ou ne vous est pas visible.");

    public static readonly Error CompteIntrouvable = Error.NotFound("comptabilite.compte-introuvable", "Ce compte n'existe pas.");

    public static readonly Error FicheIntrouvable = Error.NotFound(
        "comptabilite.fiche-introuvable", "Cette fiche n'existe pas ou ne vous est pas visible.");

    public static readonly Error DossierIntrouvable = Error.NotFound(
        "comptabilite.dossier-introuvable", "Ce dossier n'existe pas ou ne vous est pas visible.");

    public static readonly Error NumeroCompteExistant = Error.Conflict(
        "comptabilite.numero-compte-existant", "Un compte porte déjà ce numéro.");

    public static readonly Error EcritureDejaExtournee = Error.Conflict(
        "comptabilite.ecriture-deja-extournee", "Cette écriture a déjà été extournée : une écriture ne s'extourne qu'une fois.");

    public static readonly Error PeriodeDejaCloturee = Error.Conflict(
        "comptabilite.periode-deja-cloturee", "Cette période est déjà clôturée.");

    public static readonly Error PeriodeOuverte = Error.Conflict("comptabilite.periode-ouverte", "Cette période n'est pas clôturée.");

    public static readonly Error DetteInsuffisante = Error.Conflict(
        "comptabilite.dette-insuffisante", "La remise dépasse la dette ouverte de cette personne dans cette catégorie.");

    public static readonly Error CleIdempotenceReutilisee = Error.Conflict(
        "comptabilite.cle-idempotence-reutilisee",
        "Cette clé d'idempotence a déjà servi pour une autre requête : utilisez une nouvelle clé.");

    public static Error PeriodeCloturee(string periode) => Error.Conflict(
        "comptabilite.periode-cloturee", $"La période {periode} est clôturée : aucune écriture ne peut y être datée.");
}
