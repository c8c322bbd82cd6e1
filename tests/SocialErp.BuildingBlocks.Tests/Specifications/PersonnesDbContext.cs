using Microsoft.EntityFrameworkCore;

namespace SocialErp.BuildingBlocks.Tests.Specifications;

public sealed class PersonnesDbContext(DbContextOptions<PersonnesDbContext> options) : DbContext(options)
{
    public DbSet<Personne> Personnes => Set<Personne>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Personne>().HasMany(p => p.Adresses).WithOne();
        modelBuilder.Entity<Adresse>().HasOne(a => a.Commune).WithMany();
    }
}
