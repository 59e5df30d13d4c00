using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using IamPortal.Application.Policies.Catalog;

namespace IamPortal.CatalogGenerator.Tests;

public class CatalogRoundTripTests
{
    [Fact]
    public void ReadPages_TarGzOfPages_GivesEachHtmlEntry()
    {
        using var archive = TarGz((Fixtures.Sumerian, Fixtures.Read(Fixtures.Sumerian)), ("notes.txt", "not a page"), (Fixtures.Redirect, Fixtures.Read(Fixtures.Redirect)));

        var pages = ReferenceArchive.ReadPages(archive).ToList();

        pages.Select(p => p.Name).Should().Equal("service-authorization-reference/" + Fixtures.Sumerian, "service-authorization-reference/" + Fixtures.Redirect);
        pages[0].Html.Should().Contain("service prefix");
    }

    [Fact]
    public void WriteThenRead_ParsedPages_GivesTheSameCatalogue()
    {
        var parsed = CatalogBuilder.Build(new[] { Fixtures.Iam, Fixtures.S3, Fixtures.Sumerian }.Select(f => ReferencePageParser.Parse(Fixtures.Read(f))!));
        using var file = new MemoryStream();

        CatalogFormat.Write(parsed, file);
        file.Position = 0;
        var read = CatalogFormat.Read(file);

        read.Select(s => s.Prefix).Should().Equal("iam", "s3", "sumerian");
        read.Should().BeEquivalentTo(parsed, o => o.WithStrictOrdering());
        file.Length.Should().BeLessThan(40_000, "the catalogue is stored compactly");
    }

    [Fact]
    public void Build_TwoPagesWithOnePrefix_MergesThemIntoOneService()
    {
        var small = new CatalogService("ses", "Amazon SES", [new("ses", "SendEmail", AccessLevel.Write, [], [], [])], [], ["ses:FromAddress"]);
        var large = new CatalogService("ses", "Amazon SES v2",
            [new("ses", "SendEmail", AccessLevel.Write, [], [], []), new("ses", "CreateContact", AccessLevel.Write, [], [], [])],
            [new("contact-list", "arn:${Partition}:ses:${Region}:${Account}:contact-list/${ContactListName}")], ["ses:ApiVersion"]);

        var merged = CatalogBuilder.Build([small, large]).Single();

        merged.Name.Should().Be("Amazon SES v2");
        merged.Actions.Select(a => a.Name).Should().Equal("CreateContact", "SendEmail");
        merged.ConditionKeys.Should().BeEquivalentTo(["ses:ApiVersion", "ses:FromAddress"]);
        merged.ResourceTypes.Should().ContainSingle();
    }

    private static MemoryStream TarGz(params (string Name, string Text)[] files)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var (name, text) in files)
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "service-authorization-reference/" + name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
        }
        output.Position = 0;
        return output;
    }
}
