using System.Text;

namespace IamPortal.Application.Policies.Validation;

/// <summary>
/// Maps byte offsets of a document's UTF-8 bytes to 1-based line and column of the text as typed: a column counts UTF-16
/// characters (as Monaco does), so a tab is one column.
/// </summary>
internal sealed class TextPositions
{
    private readonly byte[] _bytes;
    private readonly List<int> _lineStarts = [0];

    public TextPositions(byte[] bytes)
    {
        _bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') _lineStarts.Add(i + 1);
    }

    public (int Line, int Column) At(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _bytes.Length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, ColumnIn(line, offset - _lineStarts[line]));
    }

    /// <summary>The position of a 0-based line and a byte offset within it (as a JsonException reports them).</summary>
    public (int Line, int Column) AtLine(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        var lineLength = (line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : _bytes.Length) - _lineStarts[line];
        return (line + 1, ColumnIn(line, (int)Math.Clamp(bytePositionInLine, 0, lineLength)));
    }

    private int ColumnIn(int line, int bytesIntoLine) => Encoding.UTF8.GetCharCount(_bytes, _lineStarts[line], bytesIntoLine) + 1;

    /// <summary>The position of a character index of the text itself (for checks that read the string, not the bytes).</summary>
    public static (int Line, int Column) OfCharIndex(string text, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return (line, column);
    }
}
