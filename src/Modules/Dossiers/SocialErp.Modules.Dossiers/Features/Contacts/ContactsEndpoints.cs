using SocialErp.SharedKernel.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Http;
using SocialErp.BuildingBlocks.Security;
using SocialErp.Modules.Dossiers.Contracts;
using SocialErp.Modules.Dossiers.Domain;
using SocialErp.Modules.Dossiers.Features.Shared;
using SocialErp.Modules.Dossiers.Persistence;
using SocialErp.SharedKernel.Results;

namespace SocialErp.Modules.Dossiers.Features.Contacts;

internal static class ContactsEndpoints
{
    private static readonly Error DejaContact = Error.Conflict("dossiers.contact-existant", "Cette fiche a déjà ce rôle dans le dossier.");

    private static readonly Error Introuvable = Error.NotFound("dossiers.contact-introuvable", "Ce contact n'existe pas dans ce dossier.");

    public static void MapContacts(this IEndpointRouteBuilder group)
    {
        group.MapGet("/{id:guid}/contacts", ListerAsync)
            .WithName("ListerContactsDossier")
            .WithSummary("Lister les contacts d'un dossier")
            .WithDescription("Les fiches externes du dossier par rôle (prescripteur, employeur, tuteur, gestionnaire, donneur d'ordre… : "
                + "/api/parametres/roles-contact). Dossier invisible : 404.")
            .RequirePermission(DossiersPermissions.Lire)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/contacts", AjouterAsync)
            .WithName("AjouterContactDossier")
            .WithSummary("Ajouter un contact à un dossier")
            .WithDescription("Le rôle doit être un rôle actif de /api/parametres/roles-contact (400 role sinon, avec la liste des rôles actifs) ; "
                + "la fiche doit avoir la catégorie que le rôle exige (tuteur : tuteur-curateur) : 400 dossiers.categorie-fiche-invalide sinon ; "
                + "fiche inconnue : 404 ; même fiche déjà dans ce rôle : 409 ; dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .WithValidation<ContactRequest>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:guid}/contacts/{contactId:guid}", RetirerAsync)
            .WithName("RetirerContactDossier")
            .WithSummary("Retirer un contact d'un dossier")
            .WithDescription("Le contact quitte le dossier (la trace reste dans le journal des mutations). Inconnu : 404 ; dossier archivé : 409.")
            .RequirePermission(DossiersPermissions.Ecrire)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<IReadOnlyList<ContactResponse>>, ProblemHttpResult>> ListerAsync(
        Guid id, DossiersCibles cibles, DossiersDbContext db, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourLireAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var contacts = await db.Contacts.AsNoTracking().Where(c => c.DossierId == id).OrderBy(c => c.Role).ThenBy(c => c.AjouteLe)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ContactResponse>>(contacts.Select(Reponse).ToList());
    }

    private static async Task<Results<Created<ContactResponse>, ProblemHttpResult>> AjouterAsync(
        Guid id, ContactRequest request, DossiersCibles cibles, VerificationFiches fiches, DossiersDbContext db, TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var cible = await cibles.PourModifierAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var role = await db.RolesContact.AsNoTracking().FirstOrDefaultAsync(r => r.Code == request.Role && r.Actif, cancellationToken);
        if (role is null)
        {
            var actifs = await db.RolesContact.AsNoTracking().Where(r => r.Actif).OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(cancellationToken);
            return ErrorResults.Problem(Error.Validation("role", $"Rôle inconnu ou inactif. Rôles actifs : {string.Join(", ", actifs)}."));
        }

        var ficheId = request.FicheId!.Value;
        var verifiee = await fiches.VerifierAsync(ficheId, role.CategorieFiche, "ficheId", cancellationToken);
        if (!verifiee.IsSuccess)
        {
            return ErrorResults.Problem(verifiee.Error!);
        }

        if (await db.Contacts.AnyAsync(c => c.DossierId == id && c.Role == request.Role && c.FicheId == ficheId, cancellationToken))
        {
            return ErrorResults.Problem(DejaContact);
        }

        var maintenant = timeProvider.Maintenant();
        var contact = new ContactDossier(Guid.CreateVersion7(maintenant), id, request.Role!, ficheId, request.Du, request.Au, request.Remarque, maintenant);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/dossiers/{id}/contacts/{contact.Id}", Reponse(contact));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetirerAsync(
        Guid id, Guid contactId, DossiersCibles cibles, DossiersDbContext db, CancellationToken cancellationToken)
    {
        var cible = await cibles.PourModifierAsync(id, cancellationToken);
        if (!cible.IsSuccess)
        {
            return ErrorResults.Problem(cible.Error!);
        }

        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId && c.DossierId == id, cancellationToken);
        if (contact is null)
        {
            return ErrorResults.Problem(Introuvable);
        }

        db.Contacts.Remove(contact);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ContactResponse Reponse(ContactDossier c) => new(c.Id, c.Role, c.FicheId, c.Du, c.Au, c.Remarque, c.AjouteLe);
}
