using IamPortal.Application.Inventory;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Users;

/// <summary>
/// A users grid column's filter menu: an operator from <see cref="Operators"/> and, unless the operator needs none, a
/// value of <typeparamref name="TValue"/>, applied to or cleared from the grid's filter definition.
/// </summary>
public abstract class ColumnFilterBase<TValue> : ComponentBase
{
    [Parameter, EditorRequired] public required FilterContext<UserInventoryRow> Context { get; set; }

    protected abstract IReadOnlyList<(string Value, string Text)> Operators { get; }

    protected string Operator { get; set; } = "";
    protected TValue? Value { get; set; }

    protected bool NeedsValue => !UserGridQuery.IsValueless(Operator);

    protected virtual bool HasValue => Value is not null;

    protected bool CanApply => !NeedsValue || HasValue;

    protected override void OnInitialized() => Operator = Operators[0].Value;

    protected override void OnParametersSet()
    {
        if (Context.FilterDefinition is { Operator: { } op } current && Operators.Any(o => o.Value == op))
        {
            Operator = op;
            Value = current.Value is TValue value ? value : default;
        }
    }

    protected async Task ApplyAsync()
    {
        if (Context.FilterDefinition is not { } definition) return;
        definition.Operator = Operator;
        definition.Value = NeedsValue ? Value : null;
        await Context.Actions.ApplyFilterAsync(definition);
    }

    protected async Task ClearAsync()
    {
        if (Context.FilterDefinition is { } definition) await Context.Actions.ClearFilterAsync(definition);
    }
}
