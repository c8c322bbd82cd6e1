namespace SocialErp.Modules.Journal.Domain;

internal enum StatutEcheance
{
    Ouverte,
    Realisee,
    Annulee,

    /// <summary>Passed without being realised (set by the nightly job); it can still be realised.</summary>
    EnRetard,
}
