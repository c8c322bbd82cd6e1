using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SocialErp.Modules.Statistiques.Persistence.Migrations;

/// <summary>Civil status and nationality of the persons (now carried by the Fiches events), for the BFS breakdowns.</summary>
[DbContext(typeof(StatistiquesDbContext))]
[Migration("20261122203000_EtatCivilNationalite")]
internal sealed class EtatCivilNationalite : Migration
{
    private const string Schema = StatistiquesDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("etat_civil", "statistiques_personne_lecture", schema: Schema, maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<string>("nationalite", "statistiques_personne_lecture", schema: Schema, maxLength: 10, nullable: true);
    }
}
