using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cobblestone.Kyc.Data.Migrations
{
    /// <summary>
    /// KYC-318: contact and identity fields for individual customers.
    /// The SSN/ITIN and date of birth are stored encrypted (Always Encrypted,
    /// deterministic for the lookup hash only); see docs/data-classification.md.
    /// </summary>
    public partial class AddCustomerContactFields : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Email",
                schema: "kyc",
                table: "Customers",
                type: "nvarchar(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EmailVerified",
                schema: "kyc",
                table: "Customers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PhoneE164",
                schema: "kyc",
                table: "Customers",
                type: "varchar(16)",
                unicode: false,
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "DateOfBirthEncrypted",
                schema: "kyc",
                table: "Customers",
                type: "varbinary(256)",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SsnEncrypted",
                schema: "kyc",
                table: "Customers",
                type: "varbinary(256)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SsnLast4",
                schema: "kyc",
                table: "Customers",
                type: "char(4)",
                unicode: false,
                fixedLength: true,
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "SsnLookupHash",
                schema: "kyc",
                table: "Customers",
                type: "binary(32)",
                fixedLength: true,
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TaxIdType",
                schema: "kyc",
                table: "Customers",
                type: "varchar(8)",
                unicode: false,
                maxLength: 8,
                nullable: true,
                comment: "SSN | ITIN | EIN");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_Email",
                schema: "kyc",
                table: "Customers",
                column: "Email",
                unique: true,
                filter: "[Email] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_SsnLookupHash",
                schema: "kyc",
                table: "Customers",
                column: "SsnLookupHash",
                unique: true,
                filter: "[SsnLookupHash] IS NOT NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_PhoneE164",
                schema: "kyc",
                table: "Customers",
                sql: "[PhoneE164] IS NULL OR [PhoneE164] LIKE '+[1-9]%'");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_SsnLast4",
                schema: "kyc",
                table: "Customers",
                sql: "[SsnLast4] IS NULL OR [SsnLast4] NOT LIKE '%[^0-9]%'");

            // Legacy rows stored '' instead of NULL for missing phones.
            migrationBuilder.Sql("UPDATE [kyc].[Customers] SET [PhoneE164] = NULL WHERE [PhoneE164] = '';");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(name: "CK_Customers_SsnLast4", schema: "kyc", table: "Customers");
            migrationBuilder.DropCheckConstraint(name: "CK_Customers_PhoneE164", schema: "kyc", table: "Customers");
            migrationBuilder.DropIndex(name: "IX_Customers_SsnLookupHash", schema: "kyc", table: "Customers");
            migrationBuilder.DropIndex(name: "IX_Customers_Email", schema: "kyc", table: "Customers");

            foreach (var column in new[] { "TaxIdType", "SsnLookupHash", "SsnLast4", "SsnEncrypted", "DateOfBirthEncrypted", "PhoneE164", "EmailVerified", "Email" })
            {
                migrationBuilder.DropColumn(name: column, schema: "kyc", table: "Customers");
            }
        }
    }
}
