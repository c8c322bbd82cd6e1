using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using SocialErp.Modules.Statistiques.Domain.Lecture;

namespace SocialErp.Modules.Statistiques.Persistence;

internal sealed class EvenementSourceConfiguration : IEntityTypeConfiguration<EvenementSource>
{
    public void Configure(EntityTypeBuilder<EvenementSource> b)
    {
        b.HasKey(e => e.Sequence);
        b.Property(e => e.Sequence).ValueGeneratedOnAdd()
            .HasAnnotation("Sqlite:Autoincrement", true)
            .HasAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        b.Property(e => e.Type).HasMaxLength(200);
        b.HasIndex(e => e.EventId).IsUnique();
    }
}

internal sealed class PersonneLectureConfiguration : IEntityTypeConfiguration<PersonneLecture>
{
    public void Configure(EntityTypeBuilder<PersonneLecture> b)
    {
        b.HasKey(p => p.FicheId);
        b.Property(p => p.FicheId).ValueGeneratedNever();
        b.Property(p => p.Type).HasMaxLength(20);
        b.Property(p => p.Nom).HasMaxLength(200);
        b.Property(p => p.Prenom).HasMaxLength(200);
        b.Property(p => p.EtatCivil).HasMaxLength(30);
        b.Property(p => p.Nationalite).HasMaxLength(10);
    }
}

internal sealed class DossierLectureConfiguration : IEntityTypeConfiguration<DossierLecture>
{
    public void Configure(EntityTypeBuilder<DossierLecture> b)
    {
        b.HasKey(d => d.DossierId);
        b.Property(d => d.DossierId).ValueGeneratedNever();
        b.Property(d => d.Numero).HasMaxLength(50);
        b.Property(d => d.Nom).HasMaxLength(200);
        b.Property(d => d.Prestation).HasMaxLength(50);
        b.Property(d => d.Statut).HasMaxLength(20);
        b.Property(d => d.MotifSortie).HasMaxLength(200);
        b.HasIndex(d => d.DateOuverture);
    }
}

internal sealed class MembreUniteLectureConfiguration : IEntityTypeConfiguration<MembreUniteLecture>
{
    public void Configure(EntityTypeBuilder<MembreUniteLecture> b)
    {
        b.HasKey(m => m.Id);
        b.Property(m => m.Id).ValueGeneratedNever();
        b.Property(m => m.Role).HasMaxLength(20);
        b.HasIndex(m => m.DossierId);
        b.HasIndex(m => m.FicheId);
    }
}

internal sealed class LigneEcritureLectureConfiguration : IEntityTypeConfiguration<LigneEcritureLecture>
{
    public void Configure(EntityTypeBuilder<LigneEcritureLecture> b)
    {
        b.HasKey(l => new { l.EcritureId, l.Numero });
        b.Property(l => l.Periode).HasMaxLength(7);
        b.Property(l => l.Libelle).HasMaxLength(500);
        b.Property(l => l.Compte).HasMaxLength(50);
        b.Property(l => l.GenreCompte).HasMaxLength(50);
        b.Property(l => l.Prestation).HasMaxLength(50);
        b.Property(l => l.TypeCharge).HasMaxLength(50);
        b.Property(l => l.TypePayeur).HasMaxLength(50);
        b.HasIndex(l => l.Periode);
        b.HasIndex(l => l.DossierId);
        b.HasIndex(l => l.FicheId);
    }
}

internal sealed class PaiementLectureConfiguration : IEntityTypeConfiguration<PaiementLecture>
{
    public void Configure(EntityTypeBuilder<PaiementLecture> b)
    {
        b.HasKey(p => p.PaiementId);
        b.Property(p => p.PaiementId).ValueGeneratedNever();
        b.Property(p => p.Libelle).HasMaxLength(500);
        b.HasIndex(p => p.DossierId);
        b.HasIndex(p => p.Date);
        b.HasIndex(p => p.FicheId);
    }
}

internal sealed class DeplacementFusionLectureConfiguration : IEntityTypeConfiguration<DeplacementFusionLecture>
{
    public void Configure(EntityTypeBuilder<DeplacementFusionLecture> b)
    {
        b.HasKey(d => new { d.FusionId, d.Genre, d.SourceId, d.Numero });
        b.Property(d => d.Genre).HasMaxLength(20);
    }
}

internal sealed class EvenementDossierLectureConfiguration : IEntityTypeConfiguration<EvenementDossierLecture>
{
    public void Configure(EntityTypeBuilder<EvenementDossierLecture> b)
    {
        b.HasKey(e => e.EvenementId);
        b.Property(e => e.EvenementId).ValueGeneratedNever();
        b.Property(e => e.TypeCode).HasMaxLength(50);
        b.Property(e => e.TypeLibelle).HasMaxLength(200);
        b.Property(e => e.Motif).HasMaxLength(500);
        b.Property(e => e.NouveauStatut).HasMaxLength(20);
        b.HasIndex(e => new { e.DossierId, e.Date });
    }
}

internal sealed class SeanceLectureConfiguration : IEntityTypeConfiguration<SeanceLecture>
{
    public void Configure(EntityTypeBuilder<SeanceLecture> b)
    {
        b.HasKey(s => s.SeanceId);
        b.Property(s => s.SeanceId).ValueGeneratedNever();
        b.Property(s => s.Etat).HasMaxLength(20);
        b.Property(s => s.Presence).HasMaxLength(20);
        b.HasIndex(s => s.DossierId);
    }
}

internal sealed class FinancementLectureConfiguration : IEntityTypeConfiguration<FinancementLecture>
{
    public void Configure(EntityTypeBuilder<FinancementLecture> b)
    {
        b.HasKey(f => f.DossierId);
        b.Property(f => f.DossierId).ValueGeneratedNever();
        b.Property(f => f.ConventionReference).HasMaxLength(100);
        b.Property(f => f.HeuresFinancees).HasPrecision(18, 2);
        b.Property(f => f.TypeFinanceur).HasMaxLength(20);
        b.Property(f => f.ModeMontant).HasMaxLength(20);
        b.Property(f => f.MontantTotal).HasPrecision(18, 2);
        b.HasIndex(f => f.FinanceurPrincipalId);
    }
}

internal sealed class ChampDossierLectureConfiguration : IEntityTypeConfiguration<ChampDossierLecture>
{
    public void Configure(EntityTypeBuilder<ChampDossierLecture> b)
    {
        b.HasKey(c => new { c.DossierId, c.Code });
        b.Property(c => c.Code).HasMaxLength(50);
        b.Property(c => c.Type).HasMaxLength(20);
        b.Property(c => c.Valeur).HasMaxLength(2000);
        b.HasIndex(c => c.Code);
    }
}
