using Microsoft.EntityFrameworkCore;
using SocialErp.BuildingBlocks.Persistence;
using SocialErp.Modules.Dossiers.Domain;

namespace SocialErp.Modules.Dossiers.Persistence;

internal sealed class DossiersDbContext(DbContextOptions<DossiersDbContext> options, ModuleDbContextDependencies dependencies)
    : ModuleDbContext(options, dependencies)
{
    public const string Schema = "dossiers";

    public override string ModuleName => Schema;

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<Membre> Membres => Set<Membre>();

    public DbSet<PeriodeUa> PeriodesUa => Set<PeriodeUa>();

    public DbSet<Referent> Referents => Set<Referent>();

    public DbSet<CompteurNumero> Compteurs => Set<CompteurNumero>();

    public DbSet<Prestation> Prestations => Set<Prestation>();

    public DbSet<DernierPaiement> DerniersPaiements => Set<DernierPaiement>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new DossierConfiguration());
        modelBuilder.ApplyConfiguration(new MembreConfiguration());
        modelBuilder.ApplyConfiguration(new PeriodeUaConfiguration());
        modelBuilder.ApplyConfiguration(new ReferentConfiguration());
        modelBuilder.ApplyConfiguration(new PartageConfiguration());
        modelBuilder.ApplyConfiguration(new ChangementStatutConfiguration());
        modelBuilder.ApplyConfiguration(new CompteurNumeroConfiguration());
        modelBuilder.ApplyConfiguration(new PrestationConfiguration());
        modelBuilder.ApplyConfiguration(new DernierPaiementConfiguration());
    }
}
