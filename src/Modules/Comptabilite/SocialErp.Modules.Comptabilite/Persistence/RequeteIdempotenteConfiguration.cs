using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialErp.Modules.Comptabilite.Idempotence;

namespace SocialErp.Modules.Comptabilite.Persistence;

internal sealed class RequeteIdempotenteConfiguration : IEntityTypeConfiguration<RequeteIdempotente>
{
    public const int CleMaxLength = 200;

    public void Configure(EntityTypeBuilder<RequeteIdempotente> builder)
    {
        builder.HasKey(r => r.Cle);
        builder.Property(r => r.Cle).HasMaxLength(CleMaxLength);
        builder.Property(r => r.Empreinte).HasMaxLength(64);
        builder.Property(r => r.Location).HasMaxLength(CleMaxLength);
    }
}
