using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IamPortal.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportsTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CredentialReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ArchivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserRows = table.Column<int>(type: "integer", nullable: false),
                    CsvBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CompressedCsv = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CredentialReports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CredentialReports_AccountId_GeneratedAtUtc",
                table: "CredentialReports",
                columns: new[] { "AccountId", "GeneratedAtUtc" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CredentialReports");
        }
    }
}
