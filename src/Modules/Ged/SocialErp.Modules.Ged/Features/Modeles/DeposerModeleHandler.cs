using Microsoft.EntityFrameworkCore;
using SocialErp.Modules.Ged.Contenus;
using SocialErp.Modules.Ged.Domain;
using SocialErp.Modules.Ged.Persistence;
using SocialErp.Modules.Ged.Publipostage;
using SocialErp.SharedKernel.Results;
using SocialErp.SharedKernel.Security;

namespace SocialErp.Modules.Ged.Features.Modeles;

/// <summary>Stores a template (or replaces the one with the same code) once its merge fields are all well formed and known.</summary>
internal sealed class DeposerModeleHandler(GedDbContext db, ReceptionContenus reception, ICurrentUser user, TimeProvider timeProvider)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public async Task<Result<(Modele Modele, bool Cree)>> HandleAsync(DeposerModeleForm form, CancellationToken cancellationToken)
    {
        await using var fichier = form.Fichier!.OpenReadStream();
        var recu = await reception.RecevoirAsync(fichier, form.Fichier.FileName, cancellationToken);
        if (!recu.IsSuccess)
        {
            return recu.Error!;
        }

        await using var contenu = recu.Value;
        if (contenu.Verifie.TypeContenu != Docx)
        {
            return ContenuErrors.TypeRefuse("Un modèle de publipostage est un document Word (DOCX).");
        }

        IReadOnlyList<string> champs;
        IReadOnlyList<string> problemes;
        await using (var lecture = contenu.Recu.Lire())
        {
            (champs, problemes) = AnalyseModele.Analyser(lecture);
        }

        if (problemes.Count > 0)
        {
            return Error.Validation("ged.modele-invalide", "Le modèle contient des champs de fusion invalides.", new Dictionary<string, string[]> { ["fichier"] = problemes.ToArray() });
        }

        var maintenant = timeProvider.GetUtcNow().UtcDateTime;
        var modele = await db.Modeles.FirstOrDefaultAsync(m => m.Code == form.Code, cancellationToken);
        var cree = modele is null;
        if (modele is null)
        {
            modele = Modele.Creer(form.Code!, maintenant);
            db.Modeles.Add(modele);
        }

        modele.Remplacer(form.Nom!, form.TypeDocument!, contenu.Verifie, champs, maintenant, user.Id);
        await reception.ConserverAsync(contenu, () => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return (modele, cree);
    }
}
