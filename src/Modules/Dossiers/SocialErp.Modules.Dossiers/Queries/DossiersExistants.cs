using System.Collections.Concurrent;

namespace SocialErp.Modules.Dossiers.Queries;

/// <summary>
/// Ids of dossiers known to exist, kept for the life of the process: a dossier is never deleted, so one seen once
/// exists for good, on every instance. Users who see every dossier (administration, direction) then need no query
/// to learn that one is visible. Bounded: past the limit, further ids are simply asked to the database.
/// </summary>
internal sealed class DossiersExistants
{
    private const int Limite = 200_000;
    private readonly ConcurrentDictionary<Guid, byte> _ids = new();
    private int _nombre;

    public bool Contient(Guid id) => _ids.ContainsKey(id);

    public void Ajouter(Guid id)
    {
        if (Volatile.Read(ref _nombre) < Limite && _ids.TryAdd(id, 0))
        {
            Interlocked.Increment(ref _nombre);
        }
    }
}
