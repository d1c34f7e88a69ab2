using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Buurtpunt.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: true),
                    FaqEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    NewsItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    PointId = table.Column<int>(type: "INTEGER", nullable: true),
                    ServiceId = table.Column<int>(type: "INTEGER", nullable: true),
                    AreaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DateUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VisibleFromUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TitleTerms = table.Column<string>(type: "TEXT", nullable: false),
                    TextTerms = table.Column<string>(type: "TEXT", nullable: false)
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

            // The full-text index over the documents' terms (external content: the text lives once,
            // in SearchDocuments). Triggers keep it in step with every insert, update and delete,
            // including deletes by foreign-key cascade.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "SearchIndex" USING fts5("TitleTerms", "TextTerms", content='SearchDocuments', content_rowid='Id', tokenize='unicode61 remove_diacritics 0');
                CREATE TRIGGER "SearchDocuments_Inserted" AFTER INSERT ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchIndex"(rowid, "TitleTerms", "TextTerms") VALUES (new."Id", new."TitleTerms", new."TextTerms");
                END;
                CREATE TRIGGER "SearchDocuments_Deleted" AFTER DELETE ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "TextTerms") VALUES ('delete', old."Id", old."TitleTerms", old."TextTerms");
                END;
                CREATE TRIGGER "SearchDocuments_Updated" AFTER UPDATE ON "SearchDocuments" BEGIN
                  INSERT INTO "SearchIndex"("SearchIndex", rowid, "TitleTerms", "TextTerms") VALUES ('delete', old."Id", old."TitleTerms", old."TextTerms");
                  INSERT INTO "SearchIndex"(rowid, "TitleTerms", "TextTerms") VALUES (new."Id", new."TitleTerms", new."TextTerms");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "SearchIndex";""");
            migrationBuilder.DropTable(
                name: "SearchDocuments");
        }
    }
}
