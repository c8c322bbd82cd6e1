using Microsoft.Extensions.Options;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Stockage;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Ged.Contenus;

/// <summary>
/// Takes a content in: streams it into the store's temporary place (413 past the size limit), decides its type from its
/// bytes (415 for executables and unknown formats), sanitises its name and extracts its text. Nothing is kept until
/// <see cref="ConserverAsync"/>: a refused or failed upload leaves no file behind.
/// </summary>
internal sealed class ReceptionContenus(IStockageContenus stockage, IOptions<GedOptions> options)
{
    public async Task<Result<ContenuPrepare>> RecevoirAsync(Stream source, string? nomFichier, CancellationToken cancellationToken)
    {
        var tailleMax = options.Value.TailleMaxOctets;
        var recu = await stockage.RecevoirAsync(source, tailleMax, cancellationToken);
        try
        {
            if (recu.TropGrand)
            {
                await recu.DisposeAsync();
                return ContenuErrors.TropGrand(tailleMax);
            }

            if (recu.Taille == 0)
            {
                await recu.DisposeAsync();
                return ContenuErrors.Vide;
            }

            var nom = NomFichier.Assainir(nomFichier);
            var type = await DetecteurType.DetecterAsync(recu.Lire, nom, cancellationToken);
            if (!type.EstAccepte)
            {
                await recu.DisposeAsync();
                return ContenuErrors.TypeRefuse(type.Refus!);
            }

            var texte = await ExtracteurTexte.ExtraireAsync(recu.Lire, type.TypeContenu!, cancellationToken);
            return new ContenuPrepare(recu, new ContenuVerifie(nom, type.TypeContenu!, recu.Taille, recu.Sha256), texte);
        }
        catch
        {
            await recu.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Keeps the content under its hash, then runs the metadata commit; if that fails, a content this upload created is
    /// removed again, so a failed upload leaves neither a file nor a row.
    /// </summary>
    public async Task<T> ConserverAsync<T>(ContenuPrepare contenu, Func<Task<T>> enregistrer, CancellationToken cancellationToken)
    {
        var cree = await stockage.ConserverAsync(contenu.Recu, cancellationToken);
        try
        {
            return await enregistrer();
        }
        catch
        {
            if (cree)
            {
                await stockage.SupprimerAsync(contenu.Verifie.Sha256, CancellationToken.None);
            }

            throw;
        }
    }

    /// <summary>Keeps several contents, then runs the one metadata commit; on failure the contents created are removed.</summary>
    public Task<T> ConserverTousAsync<T>(IReadOnlyList<ContenuPrepare> contenus, Func<Task<T>> enregistrer, CancellationToken cancellationToken) =>
        ConserverDepuisAsync(contenus, 0, enregistrer, cancellationToken);

    private Task<T> ConserverDepuisAsync<T>(IReadOnlyList<ContenuPrepare> contenus, int indice, Func<Task<T>> enregistrer, CancellationToken cancellationToken) =>
        indice == contenus.Count
            ? enregistrer()
            : ConserverAsync(contenus[indice], () => ConserverDepuisAsync(contenus, indice + 1, enregistrer, cancellationToken), cancellationToken);
}
