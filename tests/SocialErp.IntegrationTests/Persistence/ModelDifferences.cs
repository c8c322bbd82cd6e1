using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace SocialErp.IntegrationTests.Persistence;

/// <summary>What a new migration would contain: the operations between the hand-written snapshot and the model.</summary>
internal static class ModelDifferences
{
    public static IReadOnlyList<string> Of(DbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot
            ?? throw new InvalidOperationException($"{db.GetType().Name} has no model snapshot.");
        var initializer = db.GetService<IModelRuntimeInitializer>();
        var snapshotModel = initializer.Initialize(((IMutableModel)snapshot.Model).FinalizeModel(), designTime: true);
        var designModel = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>()
            .GetDifferences(snapshotModel.GetRelationalModel(), designModel.GetRelationalModel());
        return operations.Select(Describe).ToList();
    }

    private static string Describe(MigrationOperation operation) => operation switch
    {
        AddColumnOperation a => $"add column {a.Table}.{a.Name}",
        DropColumnOperation d => $"drop column {d.Table}.{d.Name}",
        AlterColumnOperation a => $"alter column {a.Table}.{a.Name}: {a.OldColumn.ClrType.Name}/{a.OldColumn.MaxLength}/{a.OldColumn.IsNullable}/{string.Join(",", a.OldColumn.GetAnnotations().Select(x => x.Name + "=" + x.Value))} -> {a.ClrType.Name}/{a.MaxLength}/{a.IsNullable}/{string.Join(",", a.GetAnnotations().Select(x => x.Name + "=" + x.Value))}",
        CreateIndexOperation c => $"create index {c.Name} on {c.Table}({string.Join(",", c.Columns)}) unique={c.IsUnique}",
        DropIndexOperation d => $"drop index {d.Name} on {d.Table}",
        RenameIndexOperation r => $"rename index {r.Name} -> {r.NewName}",
        CreateTableOperation c => $"create table {c.Schema}.{c.Name}",
        DropTableOperation d => $"drop table {d.Schema}.{d.Name}",
        AddForeignKeyOperation f => $"add fk {f.Name}",
        DropForeignKeyOperation f => $"drop fk {f.Name}",
        _ => operation.GetType().Name,
    };
}
