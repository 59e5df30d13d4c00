using IamPortal.Application.Iam;
using IamPortal.Application.Users;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Credentials;

/// <summary>An access key's age, coloured against the guardrail: green, amber in its last 20 %, red past it.</summary>
public partial class AccessKeyAgeChip
{
    /// <summary>The key whose age is shown, coloured against the guardrail: green, amber in its last 20 %, red past it.</summary>
    [Parameter, EditorRequired] public required AccessKeyView Key { get; set; }
    [Parameter] public int MaxAgeDays { get; set; } = 90;

    private bool Active => Key.Key.Status == IamAccessKeyStatus.Active;
    private bool IsOverdue => Active && Key.AgeDays > MaxAgeDays;
    private bool IsDueSoon => Active && !IsOverdue && Key.AgeDays > MaxAgeDays * 0.8;

    private string State => !Active ? "inactive" : IsOverdue ? "overdue" : IsDueSoon ? "due-soon" : "ok";

    private string Hint => !Active ? "Inactive key" : IsOverdue ? $"Older than the {MaxAgeDays}-day maximum: rotate it"
        : IsDueSoon ? $"Due for rotation within {MaxAgeDays - Key.AgeDays} days" : $"Within the {MaxAgeDays}-day maximum";

    private Color ColorOf() => State switch
    {
        "overdue" => Color.Error,
        "due-soon" => Color.Warning,
        "ok" => Color.Success,
        _ => Color.Default,
    };
}
