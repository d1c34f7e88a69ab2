using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Buurtpunt.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProjectLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EvaluationQuestionnaireId",
                table: "Tracks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AreaId",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EvaluationResponseId",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaidCents",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartedOn",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Payments_AspNetUsers_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PhotoId = table.Column<int>(type: "INTEGER", nullable: true),
                    ById = table.Column<Guid>(type: "TEXT", nullable: true),
                    PostedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_AspNetUsers_ById",
                        column: x => x.ById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProgressUpdates_Photos_PhotoId",
                        column: x => x.PhotoId,
                        principalTable: "Photos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Receipts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Receipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Receipts_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Receipts_AspNetUsers_UploadedById",
                        column: x => x.UploadedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tracks_EvaluationQuestionnaireId",
                table: "Tracks",
                column: "EvaluationQuestionnaireId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_AreaId",
                table: "Applications",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_EvaluationResponseId",
                table: "Applications",
                column: "EvaluationResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ApplicationId",
                table: "Payments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_RecordedById",
                table: "Payments",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_ApplicationId",
                table: "ProgressUpdates",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_ById",
                table: "ProgressUpdates",
                column: "ById");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdates_PhotoId",
                table: "ProgressUpdates",
                column: "PhotoId");

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_ApplicationId",
                table: "Receipts",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_UploadedById",
                table: "Receipts",
                column: "UploadedById");

            migrationBuilder.AddForeignKey(
                name: "FK_Applications_Areas_AreaId",
                table: "Applications",
                column: "AreaId",
                principalTable: "Areas",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Applications_FormResponses_EvaluationResponseId",
                table: "Applications",
                column: "EvaluationResponseId",
                principalTable: "FormResponses",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Tracks_Questionnaires_EvaluationQuestionnaireId",
                table: "Tracks",
                column: "EvaluationQuestionnaireId",
                principalTable: "Questionnaires",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Applications_Areas_AreaId",
                table: "Applications");

            migrationBuilder.DropForeignKey(
                name: "FK_Applications_FormResponses_EvaluationResponseId",
                table: "Applications");

            migrationBuilder.DropForeignKey(
                name: "FK_Tracks_Questionnaires_EvaluationQuestionnaireId",
                table: "Tracks");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "ProgressUpdates");

            migrationBuilder.DropTable(
                name: "Receipts");

            migrationBuilder.DropIndex(
                name: "IX_Tracks_EvaluationQuestionnaireId",
                table: "Tracks");

            migrationBuilder.DropIndex(
                name: "IX_Applications_AreaId",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_EvaluationResponseId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EvaluationQuestionnaireId",
                table: "Tracks");

            migrationBuilder.DropColumn(
                name: "AreaId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "EvaluationResponseId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "PaidCents",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StartedOn",
                table: "Applications");
        }
    }
}
