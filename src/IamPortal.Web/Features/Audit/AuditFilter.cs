using IamPortal.Application.Audit;
using IamPortal.Web.Components.Shared;
using MudBlazor;

namespace IamPortal.Web.Features.Audit;

/// <summary>What the audit page filters on; dates are whole UTC days, both ends included.</summary>
public sealed record AuditFilter(string? Operator = null, string? Action = null, string? Target = null, string? Outcome = null, DateRange? Dates = null)
{
    public static readonly IReadOnlyList<string> KnownOutcomes =
        [AuditOutcomes.Success, AuditOutcomes.Denied, AuditOutcomes.Invalid, AuditOutcomes.Failed];

    public bool IsEmpty => string.IsNullOrWhiteSpace(Operator) && string.IsNullOrWhiteSpace(Action) && string.IsNullOrWhiteSpace(Target)
        && string.IsNullOrWhiteSpace(Outcome) && Dates?.Start is null && Dates?.End is null;

    public AuditQuery ToQuery(int page = 0, int pageSize = 50) => new()
    {
        Operator = Blank(Operator),
        Action = Blank(Action),
        Target = Blank(Target),
        Outcome = Blank(Outcome),
        From = Dates?.Start is { } start ? new DateTimeOffset(DateTime.SpecifyKind(start.Date, DateTimeKind.Utc)) : null,
        To = Dates?.End is { } end ? new DateTimeOffset(DateTime.SpecifyKind(end.Date.AddDays(1).AddTicks(-1), DateTimeKind.Utc)) : null,
        Page = page,
        PageSize = pageSize,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : InputLimits.Cap(value.Trim(), InputLimits.Search);
}
