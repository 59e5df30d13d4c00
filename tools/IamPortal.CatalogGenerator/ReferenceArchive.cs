using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace IamPortal.CatalogGenerator;

/// <summary>The HTML pages of a .tar.gz snapshot of the Service Authorization Reference, as (entry name, text).</summary>
public static class ReferenceArchive
{
    public static IEnumerable<(string Name, string Html)> ReadPages(Stream tarGz)
    {
        using var gzip = new GZipStream(tarGz, CompressionMode.Decompress, leaveOpen: true);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null) continue;
            if (!entry.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) continue;
            using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
            yield return (entry.Name, reader.ReadToEnd());
        }
    }
}
