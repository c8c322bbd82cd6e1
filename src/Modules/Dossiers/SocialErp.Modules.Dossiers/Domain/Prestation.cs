namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>A benefit class dossiers belong to (WSH, ALBV, asile…): a configurable list, deactivated rather than removed.</summary>
internal sealed class Prestation
{
    public Prestation(string code, string libelle, bool active)
    {
        Code = code;
        Libelle = libelle;
        Active = active;
    }

    public string Code { get; private set; }

    public string Libelle { get; private set; }

    public bool Active { get; private set; }

    public void Modifier(string libelle, bool active)
    {
        Libelle = libelle;
        Active = active;
    }
}
