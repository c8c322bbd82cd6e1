using Microsoft.EntityFrameworkCore;

namespace SocialErp.Modules.Dossiers.Persistence.Migrations;

/// <summary>The event types' prestations (migration 20261126120000_TypesEvenementsParPrestation).</summary>
internal sealed partial class DossiersDbContextModelSnapshot
{
    private static void TypesEvenementsParPrestation(ModelBuilder modelBuilder) =>
        modelBuilder.Entity(Domaine + "TypeEvenement", b => b.Property<string>("Prestations").IsRequired().HasColumnName("prestations"));
}
