using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using IamPortal.Application.Policies.Catalog;

namespace IamPortal.CatalogGenerator;

/// <summary>
/// Reads one page of AWS's Service Authorization Reference ("Actions, resources, and condition keys for …"): the service
/// prefix (the page text "service prefix: <c>iam</c>"), the service name (the title), the actions table (an action whose
/// resource types span several rows uses rowspan; a type ending in * is required), the resource types table and the
/// condition keys table. A page without a service prefix is not a service page and gives null.
/// </summary>
public static partial class ReferencePageParser
{
    private const string TitleLead = "Actions, resources, and condition keys for ";

    public static CatalogService? Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var prefix = FindPrefix(document);
        if (prefix is null) return null;
        var tables = document.QuerySelectorAll("table").OfType<IHtmlTableElement>().ToList();
        var actions = tables.FirstOrDefault(t => HeaderIs(t, "Actions", "Description"));
        var resources = tables.FirstOrDefault(t => HeaderIs(t, "Resource types", "ARN"));
        var keys = tables.FirstOrDefault(t => HeaderIs(t, "Condition keys", "Description"));
        return new CatalogService(
            prefix,
            FindName(document, prefix),
            actions is null ? [] : ReadActions(actions, prefix),
            resources is null ? [] : ReadResourceTypes(resources),
            keys is null ? [] : [.. BodyRows(keys).Select(r => Text(r.Cells[0])).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal)]);
    }

    private static string? FindPrefix(IDocument document)
    {
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            if (!Normalize(paragraph.TextContent).Contains("service prefix:", StringComparison.OrdinalIgnoreCase)) continue;
            var code = paragraph.QuerySelector("code");
            if (code is not null) return Text(code);
        }
        var match = PrefixInText().Match(Normalize(document.Body?.TextContent ?? ""));
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string FindName(IDocument document, string prefix)
    {
        var title = document.QuerySelector("h1") is { } h1 ? Text(h1) : "";
        return title.StartsWith(TitleLead, StringComparison.Ordinal) ? title[TitleLead.Length..] : title.Length > 0 ? title : prefix;
    }

    private static List<CatalogAction> ReadActions(IHtmlTableElement table, string prefix)
    {
        var actions = new List<CatalogAction>();
        PendingAction? current = null;
        foreach (var row in BodyRows(table))
        {
            var cells = row.Cells;
            int typeCell, keyCell;
            if (current is not null && current.RowsLeft > 0 && cells.Length <= 3)
            {
                typeCell = 0;
                keyCell = 1;
            }
            else
            {
                if (cells.Length < 5) continue;
                if (current is not null) actions.Add(current.ToAction(prefix));
                var name = Text(cells[0]).Split(' ', 2)[0];
                if (name.Length == 0 || !TryLevel(Text(cells[2]), out var level)) { current = null; continue; }
                current = new PendingAction(name, level, Math.Max(1, cells[0] is IHtmlTableDataCellElement first ? first.RowSpan : 1));
                typeCell = 3;
                keyCell = 4;
            }
            current!.RowsLeft--;
            if (cells.Length > typeCell)
                foreach (var type in Items(cells[typeCell])) current.AddResourceType(type);
            if (cells.Length > keyCell) current.AddConditionKeys(Items(cells[keyCell]));
        }
        if (current is not null) actions.Add(current.ToAction(prefix));
        return [.. actions.DistinctBy(a => a.Name, StringComparer.OrdinalIgnoreCase)];
    }

    private static List<CatalogResourceType> ReadResourceTypes(IHtmlTableElement table) =>
        [.. BodyRows(table)
            .Where(r => r.Cells.Length >= 2)
            .Select(r => new CatalogResourceType(Text(r.Cells[0]), Whitespace().Replace(r.Cells[1].TextContent, "")))
            .Where(t => t.Name.Length > 0)
            .DistinctBy(t => t.Name, StringComparer.Ordinal)];

    private static bool TryLevel(string text, out AccessLevel level)
    {
        level = text switch
        {
            "List" => AccessLevel.List,
            "Read" => AccessLevel.Read,
            "Write" => AccessLevel.Write,
            "Permissions management" => AccessLevel.PermissionsManagement,
            "Tagging" => AccessLevel.Tagging,
            _ => (AccessLevel)(-1),
        };
        return Enum.IsDefined(level);
    }

    private static bool HeaderIs(IHtmlTableElement table, string first, string second)
    {
        var headers = table.QuerySelectorAll("th").Select(Text).ToList();
        return headers.Count >= 2 && headers[0].StartsWith(first, StringComparison.Ordinal) && headers[1] == second;
    }

    private static IEnumerable<IHtmlTableRowElement> BodyRows(IHtmlTableElement table) =>
        table.Rows.Where(r => r.Cells.Length > 0 && r.Cells.All(c => c is IHtmlTableDataCellElement));

    /// <summary>The entries of a cell that lists one per paragraph (resource types, condition keys).</summary>
    private static IEnumerable<string> Items(IElement cell)
    {
        var paragraphs = cell.QuerySelectorAll("p").Select(Text).Where(t => t.Length > 0).ToList();
        if (paragraphs.Count > 0) return paragraphs;
        var text = Text(cell);
        return text.Length > 0 ? text.Split(' ') : [];
    }

    private static string Text(IElement element) => Normalize(element.TextContent);

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"service prefix:\s*([a-z0-9-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex PrefixInText();

    private sealed class PendingAction(string name, AccessLevel level, int rows)
    {
        private readonly List<string> _types = [];
        private readonly List<string> _required = [];
        private readonly List<string> _keys = [];

        public int RowsLeft { get; set; } = rows;

        public void AddResourceType(string text)
        {
            if (text.Length == 0) return;
            var required = text.EndsWith('*');
            var type = required ? text[..^1].Trim() : text;
            if (type.Length == 0 || _types.Contains(type)) return;
            _types.Add(type);
            if (required) _required.Add(type);
        }

        public void AddConditionKeys(IEnumerable<string> keys)
        {
            foreach (var key in keys)
                if (!_keys.Contains(key)) _keys.Add(key);
        }

        public CatalogAction ToAction(string prefix) => new(prefix, name, level, [.. _types], [.. _required], [.. _keys]);
    }
}
