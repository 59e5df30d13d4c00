using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace IamPortal.Application.Policies.Managed;

public enum DiffLineKind { Unchanged, Deleted, Inserted, Modified, Imaginary }

/// <summary>One line of one side of a side-by-side diff; <see cref="Number"/> is null for the padding opposite an insertion.</summary>
public sealed record DiffLine(int? Number, string Text, DiffLineKind Kind);

/// <summary>Two versions side by side, line by line over the pretty-printed JSON (DiffPlex).</summary>
public sealed record PolicyVersionDiff(string OldVersionId, string NewVersionId, IReadOnlyList<DiffLine> Old, IReadOnlyList<DiffLine> New)
{
    public int Changes => New.Count(l => l.Kind is DiffLineKind.Inserted or DiffLineKind.Modified) + Old.Count(l => l.Kind == DiffLineKind.Deleted);

    public static PolicyVersionDiff Compute(string oldVersionId, string oldDocument, string newVersionId, string newDocument)
    {
        var model = SideBySideDiffBuilder.Diff(new Differ(), PolicyDocumentFormat.Pretty(oldDocument), PolicyDocumentFormat.Pretty(newDocument),
            ignoreWhiteSpace: false);
        return new PolicyVersionDiff(oldVersionId, newVersionId, Lines(model.OldText), Lines(model.NewText));
    }

    private static IReadOnlyList<DiffLine> Lines(DiffPaneModel pane) =>
        pane.Lines.Select(l => new DiffLine(l.Position, l.Text ?? "", l.Type switch
        {
            ChangeType.Deleted => DiffLineKind.Deleted,
            ChangeType.Inserted => DiffLineKind.Inserted,
            ChangeType.Modified => DiffLineKind.Modified,
            ChangeType.Imaginary => DiffLineKind.Imaginary,
            _ => DiffLineKind.Unchanged,
        })).ToList();
}
