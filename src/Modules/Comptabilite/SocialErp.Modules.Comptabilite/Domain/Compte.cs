using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Comptabilite.Domain;

/// <summary>
/// An account of the chart (plan comptable). Its number is unique and never changes once lines use it; an
/// account is retired by deactivation, never deleted. <see cref="TypeCharge"/> is the default charge/revenue type
/// of its lines, <see cref="CategorieDette"/> the debt category of loan and social-debt accounts.
/// </summary>
internal sealed class Compte : AggregateRoot
{
    private Compte(Guid id, string numero, string libelle, string classe, string genre, string? typeCharge, string? categorieDette)
        : base(id)
    {
        Numero = numero;
        Libelle = libelle;
        Classe = classe;
        Genre = genre;
        TypeCharge = typeCharge;
        CategorieDette = categorieDette;
        Actif = true;
    }

    public string Numero { get; private set; }

    public string Libelle { get; private set; }

    public string Classe { get; private set; }

    public string Genre { get; private set; }

    public string? TypeCharge { get; private set; }

    public string? CategorieDette { get; private set; }

    public bool Actif { get; private set; }

    public static Compte Ouvrir(string numero, string libelle, string classe, string genre, string? typeCharge = null, string? categorieDette = null) =>
        new(Guid.CreateVersion7(), numero, libelle, classe, genre, typeCharge, categorieDette);

    public void Modifier(string libelle, bool actif)
    {
        Libelle = libelle;
        Actif = actif;
    }
}
