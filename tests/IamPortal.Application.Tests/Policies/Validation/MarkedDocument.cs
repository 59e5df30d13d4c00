namespace IamPortal.Application.Tests.Policies.Validation;

/// <summary>A test document with § where a finding is expected: the text without it, and the 1-based line and column of the mark.</summary>
public sealed record MarkedDocument(string Text, int Line, int Column)
{
    public const char Mark = '§';

    public static MarkedDocument Parse(string marked)
    {
        var index = marked.IndexOf(Mark);
        if (index < 0) throw new ArgumentException("The document has no § mark.", nameof(marked));
        var before = marked[..index];
        var line = before.Count(c => c == '\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return new MarkedDocument(marked.Remove(index, 1), line, column);
    }
}
