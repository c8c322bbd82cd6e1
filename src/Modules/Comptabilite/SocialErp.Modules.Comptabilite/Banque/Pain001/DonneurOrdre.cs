using SocialErp.Modules.Comptabilite.Banque.Identifiants;

namespace SocialErp.Modules.Comptabilite.Banque.Pain001;

/// <summary>The paying service: its name, its Swiss account and the BIC of its bank (the debtor agent).</summary>
internal sealed record DonneurOrdre(string Nom, Iban Compte, string Bic);
