namespace SocialErp.Modules.Statistiques.Production;

/// <summary>Runs an async step once per process (seeding): concurrent first callers wait for it, a failure is retried on the next call.</summary>
internal sealed class UneFois : IDisposable
{
    private readonly SemaphoreSlim _verrou = new(1, 1);
    private bool _fait;

    public async Task AssurerAsync(Func<CancellationToken, Task> etape, CancellationToken cancellationToken)
    {
        if (_fait)
        {
            return;
        }

        await _verrou.WaitAsync(cancellationToken);
        try
        {
            if (!_fait)
            {
                await etape(cancellationToken);
                _fait = true;
            }
        }
        finally
        {
            _verrou.Release();
        }
    }

    public void Dispose() => _verrou.Dispose();
}
