namespace SocialErp.Modules.Comptabilite.Banque.Identifiants;

/// <summary>The three reference types of a Swiss payment (QR-bill field <c>Tp</c>, ISO 20022 <c>CdtrRefInf/Tp</c>).</summary>
internal enum TypeReference
{
    /// <summary>QR reference, 27 digits; requires a QR-IBAN.</summary>
    Qrr,

    /// <summary>Creditor reference ISO 11649 (RF…); requires an ordinary IBAN.</summary>
    Scor,

    /// <summary>No structured reference (an unstructured message may still be given).</summary>
    Non,
}
