using BlazorMonaco.Editor;
using IamPortal.Application.Policies.Analysis;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace IamPortal.Web.Features.Policies.Editor;

/// <summary>The state the editor shows: a text area until Monaco is known to be there, Monaco, or the text area for good.</summary>
public enum EditorMode { Loading, Monaco, Text }

public partial class PolicyEditor
{
    /// <summary>How long after the last keystroke the document is validated again.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan MonacoLoadTimeout = TimeSpan.FromSeconds(15);

    private StandaloneCodeEditor? _editor;
    private PolicyEditorInterop? _interop;
    private CancellationTokenSource? _pending;
    private PolicyValidation? _validation;
    private EditorMode _mode = EditorMode.Loading;
    private string _text = "";
    private string? _lastValue;
    private bool _formatRefused;
    private (PolicyDocumentKind, int) _validatedFor;

    [Inject] private IPolicyValidator Validator { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    /// <summary>The document text (two-way: bind with @bind-Value).</summary>
    [Parameter] public string Value { get; set; } = "";
    [Parameter] public EventCallback<string> ValueChanged { get; set; }
    /// <summary>What the document is: its grammar and its size limit.</summary>
    [Parameter] public PolicyDocumentKind Kind { get; set; } = PolicyDocumentKind.Managed;
    /// <summary>For inline policies: the size (without whitespace) of the user's or group's other inline policies.</summary>
    [Parameter] public int OtherInlineSize { get; set; }
    /// <summary>Called with the current validation after each check (on load, after typing stops, after Format).</summary>
    [Parameter] public EventCallback<PolicyValidation> ValidationChanged { get; set; }
    /// <summary>The editor's accessible name and visible label.</summary>
    [Parameter] public string Label { get; set; } = "Policy document";
    /// <summary>The editor's element id; unique on the page.</summary>
    [Parameter] public string Id { get; set; } = "policy-editor";

    /// <summary>The validation of the text as it is now.</summary>
    public PolicyValidation? Validation => _validation;

    private string LabelId => Id + "-label";
    private string TextId => Id + "-text";
    private PolicyEditorInterop Interop => _interop ??= new PolicyEditorInterop(JS);

    protected override async Task OnParametersSetAsync()
    {
        var textChanged = Value != _lastValue;
        if (textChanged)
        {
            _lastValue = Value;
            if (Value != _text)
            {
                _text = Value ?? "";
                if (_editor is not null) await _editor.SetValue(_text);
            }
        }
        // Kind and OtherInlineSize change the grammar and the limit: validate again when they change, too.
        if (textChanged || _validation is null || (Kind, OtherInlineSize) != _validatedFor)
            await ValidateAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        _mode = await Interop.EnsureMonacoAsync(MonacoLoadTimeout) ? EditorMode.Monaco : EditorMode.Text;
        StateHasChanged();
    }

    private StandaloneEditorConstructionOptions EditorOptions(StandaloneCodeEditor editor) => new()
    {
        Language = "json",
        Value = _text,
        AutomaticLayout = true,
        AriaLabel = Label,
        TabSize = 2,
        ScrollBeyondLastLine = false,
        Minimap = new EditorMinimapOptions { Enabled = false },
        FixedOverflowWidgets = true,
    };

    private Task OnEditorInitAsync() => Interop.SetMarkersAsync(Id, _validation?.Findings ?? []);

    private async Task OnEditorChangedAsync(ModelContentChangedEvent change)
    {
        if (_editor is null) return;
        await OnTextChangedAsync(await _editor.GetValue());
    }

    private Task OnTextInputAsync(ChangeEventArgs e) => OnTextChangedAsync(e.Value as string ?? "");

    private async Task OnTextChangedAsync(string text)
    {
        if (text == _text) return;
        _text = text;
        _lastValue = text;
        _formatRefused = false;
        await ValueChanged.InvokeAsync(text);
        await ValidateAfterPauseAsync();
    }

    private async Task ValidateAfterPauseAsync()
    {
        if (_pending is not null) await _pending.CancelAsync();
        _pending?.Dispose();
        var pending = _pending = new CancellationTokenSource();
        try
        {
            await Task.Delay(Debounce, Time, pending.Token);
        }
        catch (TaskCanceledException)
        {
            return; // a newer keystroke validates instead
        }
        await ValidateAsync();
        StateHasChanged();
    }

    private async Task ValidateAsync()
    {
        _validation = Validator.Validate(_text, Kind, OtherInlineSize);
        _validatedFor = (Kind, OtherInlineSize);
        await ValidationChanged.InvokeAsync(_validation);
        if (_mode == EditorMode.Monaco) await Interop.SetMarkersAsync(Id, _validation.Findings);
    }

    private async Task FormatAsync()
    {
        var formatted = PolicyFormatter.Format(_text);
        _formatRefused = formatted is null;
        if (formatted is null || formatted == _text) return;
        _text = formatted;
        _lastValue = formatted;
        if (_editor is not null) await _editor.SetValue(formatted);
        await ValueChanged.InvokeAsync(formatted);
        await ValidateAsync();
    }

    private Task MoveToAsync(PolicyFinding finding) => Interop.MoveToAsync(Id, finding.Line, finding.Column);

    public async ValueTask DisposeAsync()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        if (_interop is not null) await _interop.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
