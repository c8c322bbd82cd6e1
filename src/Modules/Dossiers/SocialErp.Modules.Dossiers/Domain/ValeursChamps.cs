using SocialErp.SharedKernel.Domain;

namespace SocialErp.Modules.Dossiers.Domain;

/// <summary>The custom field values of one dossier, replaced as a whole (so one If-Match guards them all).</summary>
internal sealed class ValeursChamps : AggregateRoot
{
    private readonly List<ValeurChamp> _valeurs = [];

    private ValeursChamps(Guid id, Guid dossierId)
        : base(id) => DossierId = dossierId;

    public Guid DossierId { get; private set; }

    public DateTime ModifieLe { get; private set; }

    public IReadOnlyList<ValeurChamp> Valeurs => _valeurs;

    public static ValeursChamps Pour(Guid dossierId, DateTime maintenant) => new(Guid.CreateVersion7(maintenant), dossierId);

    public void Remplacer(IReadOnlyDictionary<string, string> valeurs, DateTime maintenant)
    {
        foreach (var ancienne in _valeurs.Where(v => !valeurs.ContainsKey(v.Code)).ToList())
        {
            _valeurs.Remove(ancienne);
        }

        foreach (var (code, texte) in valeurs)
        {
            var existante = _valeurs.FirstOrDefault(v => v.Code == code);
            if (existante is null)
            {
                _valeurs.Add(new ValeurChamp(Guid.CreateVersion7(maintenant), Id, code, texte));
            }
            else
            {
                existante.Definir(texte);
            }
        }

        ModifieLe = maintenant;
    }
}

internal sealed class ValeurChamp(Guid id, Guid valeursChampsId, string code, string valeur)
{
    public Guid Id { get; private set; } = id;

    public Guid ValeursChampsId { get; private set; } = valeursChampsId;

    public string Code { get; private set; } = code;

    public string Valeur { get; private set; } = valeur;

    public void Definir(string valeur) => Valeur = valeur;
}
