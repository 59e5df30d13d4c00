using IamPortal.Application.Commands;
using IamPortal.Application.Policies.Managed;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace IamPortal.Web.Features.Policies;

/// <summary>The policies list: scope, "attached only" and search over the inventory and the cached AWS managed list; CSV of what is shown.</summary>
public partial class PoliciesGrid
{
    private PolicyListQuery _query = new();
    private PolicyList? _list;
    private string? _error;
    private bool _loading = true;
    private bool _exporting;

    [Inject] private IPolicyListService Policies { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private Task ScopeChangedAsync(PolicyScopeFilter scope) => ReloadAsync(_query with { Scope = scope });
    private Task AttachedOnlyChangedAsync(bool on) => ReloadAsync(_query with { AttachedOnly = on });
    private Task SearchChangedAsync(string? search) => ReloadAsync(_query with { Search = search });

    private Task ReloadAsync(PolicyListQuery query)
    {
        _query = query;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = _list is null;
        var read = await CommandResult.CaptureAsync(() => Policies.ListAsync(_query));
        (_list, _error, _loading) = (read.Value ?? _list, read.Error, false);
    }

    private async Task ExportAsync()
    {
        _exporting = true;
        var export = await CommandResult.CaptureAsync(() => Policies.ExportCsvAsync(_query));
        _exporting = false;
        if (export.Value is { } csv)
            await JS.InvokeVoidAsync("iamPortal.downloadText", $"iam-policies-{Clock.GetUtcNow():yyyyMMdd-HHmm}.csv", "text/csv;charset=utf-8", csv);
        else
            _error = export.Error;
    }
}
