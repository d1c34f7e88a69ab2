using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Buurtpunt.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrustFixes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoApplicants_ApplicationId_Email",
                table: "CoApplicants");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "DeclaredConflicts",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Declared");

            migrationBuilder.AddColumn<DateTime>(
                name: "RemovedUtc",
                table: "CoApplicants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoApplicants_ApplicationId_Email",
                table: "CoApplicants",
                columns: new[] { "ApplicationId", "Email" },
                unique: true,
                filter: "\"RemovedUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CoApplicants_ApplicationId_Email",
                table: "CoApplicants");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "DeclaredConflicts");

            migrationBuilder.DropColumn(
                name: "RemovedUtc",
                table: "CoApplicants");

            migrationBuilder.CreateIndex(
                name: "IX_CoApplicants_ApplicationId_Email",
                table: "CoApplicants",
                columns: new[] { "ApplicationId", "Email" },
                unique: true);
        }
    }
}
