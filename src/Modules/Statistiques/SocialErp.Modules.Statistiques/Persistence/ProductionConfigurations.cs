using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Statistiques.Domain.Executions;
using SocialErp.Modules.Statistiques.Domain.Listes;
using SocialErp.Modules.Statistiques.Domain.Modeles;

namespace SocialErp.Modules.Statistiques.Persistence;

internal sealed class ModeleStatistiqueConfiguration : IEntityTypeConfiguration<ModeleStatistique>
{
    public void Configure(EntityTypeBuilder<ModeleStatistique> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Code).HasMaxLength(60);
        b.Property(m => m.Libelle).HasMaxLength(200);
        b.Property(m => m.Destinataire).HasMaxLength(30);
        b.Property(m => m.TypePeriode).HasMaxLength(20);
        b.Property(m => m.Origine).HasMaxLength(20);
        b.HasIndex(m => new { m.Code, m.Version }).IsUnique();
    }
}

internal sealed class ExecutionStatistiqueConfiguration : IEntityTypeConfiguration<ExecutionStatistique>
{
    public void Configure(EntityTypeBuilder<ExecutionStatistique> b)
    {
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Type).HasMaxLength(20);
        b.Property(e => e.ModeleCode).HasMaxLength(60);
        b.Property(e => e.Periode).HasMaxLength(20);
        b.Property(e => e.Format).HasMaxLength(10);
        b.Property(e => e.Statut).HasMaxLength(20);
        b.Property(e => e.Checksum).HasMaxLength(64);
        b.Property(e => e.NomFichier).HasMaxLength(200);
        b.Property(e => e.TypeContenu).HasMaxLength(100);
        b.Property(e => e.Message).HasMaxLength(2000);
        b.HasIndex(e => new { e.ModeleCode, e.Periode, e.DemandeeLe }).HasDatabaseName("IX_statistiques_execution_modele_periode");
    }
}

internal sealed class FichierExecutionConfiguration : IEntityTypeConfiguration<FichierExecution>
{
    public void Configure(EntityTypeBuilder<FichierExecution> b)
    {
        b.HasKey(f => f.ExecutionId);
        b.Property(f => f.ExecutionId).ValueGeneratedNever();
    }
}

internal sealed class ListeStatistiqueConfiguration : IEntityTypeConfiguration<ListeStatistique>
{
    public void Configure(EntityTypeBuilder<ListeStatistique> b)
    {
        b.HasKey(l => l.Id);
        b.Property(l => l.Id).ValueGeneratedNever();
        b.Property(l => l.Nom).HasMaxLength(200);
        b.HasIndex(l => l.ProprietaireId);
    }
}
