using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Buurtpunt.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Supports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SupportToken",
                table: "Applications",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Supports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AddressKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SupporterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnteredById = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromPaper = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Supports_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Supports_AspNetUsers_EnteredById",
                        column: x => x.EnteredById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Supports_AspNetUsers_SupporterId",
                        column: x => x.SupporterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_SupportToken",
                table: "Applications",
                column: "SupportToken");

            migrationBuilder.CreateIndex(
                name: "IX_Supports_ApplicationId_AddressKey",
                table: "Supports",
                columns: new[] { "ApplicationId", "AddressKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supports_EnteredById",
                table: "Supports",
                column: "EnteredById");

            migrationBuilder.CreateIndex(
                name: "IX_Supports_SupporterId",
                table: "Supports",
                column: "SupporterId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Supports");

            migrationBuilder.DropIndex(
                name: "IX_Applications_SupportToken",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SupportToken",
                table: "Applications");
        }
    }
}
