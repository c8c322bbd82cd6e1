using SocialErp.Modules.Fiches.Domain;

namespace SocialErp.Modules.Fiches.Tests;

[Trait("Category", "Unit")]
public sealed class TypesRelationTests
{
    [Fact]
    public void Inverse_TousLesTypes_InverseDeLInverseEstLeType()
    {
        foreach (var type in Enum.GetValues<TypeRelation>())
        {
            Assert.Equal(type, type.Inverse().Inverse());
            Assert.True(type.EstCanonique() || type.Inverse().EstCanonique());
        }
    }

    [Fact]
    public void Creer_TypeInverse_StockeDansLeSensCanonique()
    {
        var responsable = Guid.NewGuid();
        var proche = Guid.NewGuid();

        var relation = RelationFiche.Creer(responsable, TypeRelation.Proche, proche, null, null, DateTime.UtcNow, null);

        Assert.Equal(proche, relation.FicheId);
        Assert.Equal(responsable, relation.FicheLieeId);
        Assert.Equal(TypeRelation.Responsable, relation.Type);
        Assert.Equal(TypeRelation.Proche, relation.TypeVuDe(responsable));
        Assert.Equal(TypeRelation.Responsable, relation.TypeVuDe(proche));
    }

    [Fact]
    public void MemeLienQue_TypeSymetriqueDansLAutreSens_EstLeMemeLien()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        var conjoints = RelationFiche.Creer(a, TypeRelation.Conjoint, b, null, null, DateTime.UtcNow, null);
        var inverse = RelationFiche.Creer(b, TypeRelation.Conjoint, a, null, null, DateTime.UtcNow, null);
        var parent = RelationFiche.Creer(a, TypeRelation.Parent, b, null, null, DateTime.UtcNow, null);
        var parentInverse = RelationFiche.Creer(b, TypeRelation.Parent, a, null, null, DateTime.UtcNow, null);

        Assert.True(conjoints.MemeLienQue(inverse));
        Assert.False(parent.MemeLienQue(parentInverse));
    }
}
