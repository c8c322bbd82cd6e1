using SocialErp.SharedKernel.Audit;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>The last dossier sequence number given in a year; its value is the concurrency token.</summary>
[NonAudite]
internal sealed class CompteurNumero
{
    public CompteurNumero(int annee) => Annee = annee;

    public int Annee { get; private set; }

    public int Dernier { get; private set; }

    public int Suivant() => ++Dernier;
}
