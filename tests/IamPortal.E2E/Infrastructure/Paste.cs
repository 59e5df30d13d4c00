using Microsoft.Playwright;

namespace IamPortal.E2E.Infrastructure;

/// <summary>What a probing operator pastes: many non-ASCII characters, and how to paste them into a field.</summary>
public static class Paste
{
    /// <summary>
    /// 10,000 characters (code points) of CJK, emoji and U+202E RIGHT-TO-LEFT OVERRIDE: 13,333 UTF-16 units and about
    /// 33 KB of UTF-8, more than a circuit's default 32 KB message.
    /// </summary>
    public static readonly string TenThousandNonAscii = string.Concat(Enumerable.Repeat("中👩\u202E", 3333)) + "中";

    /// <summary>Inserts the text into the field as a paste does: one edit, one input event, the field's maxlength applied.</summary>
    public static async Task IntoAsync(IPage page, ILocator field, string text)
    {
        await field.FocusAsync();
        await page.Keyboard.InsertTextAsync(text);
    }

    /// <summary>The circuit is alive: Blazor's reconnect dialog ("Rejoining the server…") is not showing.</summary>
    public static Task AssertCircuitAliveAsync(IPage page) =>
        Assertions.Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
}
