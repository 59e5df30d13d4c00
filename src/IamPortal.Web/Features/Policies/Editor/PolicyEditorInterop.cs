using IamPortal.Application.Policies.Analysis;
using Microsoft.JSInterop;

namespace IamPortal.Web.Features.Policies.Editor;

/// <summary>
/// The browser side of <see cref="PolicyEditor"/> (wwwroot/js/policy-editor.js): loads Monaco on first use, sets markers,
/// moves the cursor. A browser that cannot run it (JS failed, circuit gone) makes these calls report false or do nothing.
/// </summary>
public sealed class PolicyEditorInterop(IJSRuntime js) : IAsyncDisposable
{
    public const string ModulePath = "./js/policy-editor.js";
    private IJSObjectReference? _module;

    private sealed record Marker(int Line, int Column, int Severity, string Message, string Code);

    /// <summary>True when Monaco and BlazorMonaco's interop are loaded (within <paramref name="timeout"/>).</summary>
    public async Task<bool> EnsureMonacoAsync(TimeSpan timeout)
    {
        try
        {
            _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
            return await _module.InvokeAsync<bool>("ensureMonaco", (int)timeout.TotalMilliseconds);
        }
        catch (JSException) { return false; }
        catch (JSDisconnectedException) { return false; }
        catch (TaskCanceledException) { return false; }
    }

    public Task SetMarkersAsync(string editorId, IReadOnlyList<PolicyFinding> findings) =>
        CallAsync("setMarkers", editorId,
            findings.Select(f => new Marker(f.Line, f.Column, FindingLevelDisplay.MarkerSeverity(f.Level), f.Message, f.Code)).ToArray());

    public Task MoveToAsync(string editorId, int line, int column) => CallAsync("moveTo", editorId, line, column);

    private async Task CallAsync(string function, params object[] args)
    {
        try
        {
            _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
            await _module.InvokeVoidAsync(function, args);
        }
        catch (JSException) { }
        catch (JSDisconnectedException) { }
        catch (TaskCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        try { await _module.DisposeAsync(); }
        catch (JSDisconnectedException) { }
    }
}
