using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Ged.Domain;

namespace SocialErp.Modules.Ged.Persistence;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public const int TitreMaxLength = 200;
    public const int TypeMaxLength = 50;
    public const int DescriptionMaxLength = 2000;
    public const int MotifMaxLength = 500;
    public const int ChampsMaxLength = 2000;

    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Titre).HasMaxLength(TitreMaxLength);
        builder.Property(d => d.Type).HasMaxLength(TypeMaxLength);
        builder.Property(d => d.Direction).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Confidentialite).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Description).HasMaxLength(DescriptionMaxLength);
        builder.Property(d => d.MotifSuppression).HasMaxLength(MotifMaxLength);
        builder.Property(d => d.ChampsManquants).HasMaxLength(ChampsMaxLength);
        builder.HasIndex(d => new { d.Type, d.Date });
        builder.HasIndex(d => d.SourceMessageId);
        builder.HasIndex(d => d.ConserveJusquAu);
        builder.Ignore(d => d.VersionCourante);
        builder.Ignore(d => d.EstSupprime);
        builder.Ignore(d => d.EstAClasser);

        builder.HasMany(d => d.Cibles).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
