using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Persistence;

/// <summary>
/// What duplicate detection and merging add to the fiche table: indexes that preselect candidates (AVS number
/// already has one) and the merge tombstone's pointer.
/// </summary>
internal sealed class FicheDoublonsConfiguration : IEntityTypeConfiguration<Fiche>
{
    public void Configure(EntityTypeBuilder<Fiche> builder)
    {
        builder.HasIndex(f => f.DateNaissance);
        builder.HasIndex(f => f.Email);
    }
}
