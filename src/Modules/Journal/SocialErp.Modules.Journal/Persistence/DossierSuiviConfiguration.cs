using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Journal.Domain;

namespace SocialErp.Modules.Journal.Persistence;

internal sealed class DossierSuiviConfiguration : IEntityTypeConfiguration<DossierSuivi>
{
    public void Configure(EntityTypeBuilder<DossierSuivi> b)
    {
        b.HasKey(d => d.DossierId);
        b.Property(d => d.DossierId).ValueGeneratedNever();
        b.Property(d => d.Numero).HasMaxLength(50);
        b.Property(d => d.ServicesPartages).HasMaxLength(4000);
        b.Property(d => d.UtilisateursAutorises).HasMaxLength(8000);
        b.Ignore(d => d.ReferentPrincipal);
    }
}
