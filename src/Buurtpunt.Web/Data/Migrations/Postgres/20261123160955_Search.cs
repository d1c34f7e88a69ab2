using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Buurtpunt.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: true),
                    FaqEntryId = table.Column<int>(type: "integer", nullable: true),
                    NewsItemId = table.Column<int>(type: "integer", nullable: true),
                    PointId = table.Column<int>(type: "integer", nullable: true),
                    ServiceId = table.Column<int>(type: "integer", nullable: true),
                    AreaId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Url = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DateUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VisibleFromUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TitleTerms = table.Column<string>(type: "text", nullable: false),
                    TextTerms = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_FaqEntries_FaqEntryId",
                        column: x => x.FaqEntryId,
                        principalTable: "FaqEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_NewsItems_NewsItemId",
                        column: x => x.NewsItemId,
                        principalTable: "NewsItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Points_PointId",
                        column: x => x.PointId,
                        principalTable: "Points",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Questions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "Questions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SearchDocuments_Services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_AreaId",
                table: "SearchDocuments",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_FaqEntryId",
                table: "SearchDocuments",
                column: "FaqEntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_MunicipalityId_Kind",
                table: "SearchDocuments",
                columns: new[] { "MunicipalityId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_NewsItemId",
                table: "SearchDocuments",
                column: "NewsItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_PointId",
                table: "SearchDocuments",
                column: "PointId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_QuestionId",
                table: "SearchDocuments",
                column: "QuestionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchDocuments_ServiceId",
                table: "SearchDocuments",
                column: "ServiceId",
                unique: true);

            // The terms are already stemmed by the app (Core SearchText), so the 'simple' configuration
            // only splits them; titles weigh more than text. Generated, so it can never lag behind.
            migrationBuilder.Sql("""
                ALTER TABLE "SearchDocuments" ADD "Vector" tsvector GENERATED ALWAYS AS
                  (setweight(to_tsvector('simple', "TitleTerms"), 'A') || setweight(to_tsvector('simple', "TextTerms"), 'B')) STORED;
                CREATE INDEX "IX_SearchDocuments_Vector" ON "SearchDocuments" USING GIN ("Vector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
