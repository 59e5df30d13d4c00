using IamPortal.Application.Offboarding;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>A bulk action's progress and results, owned by the users list so they stay visible after the selection clears.</summary>
public sealed class BulkRunState
{
    public BulkUserAction? Action { get; set; }
    public BulkProgress? Progress { get; set; }
    public IReadOnlyList<BulkUserResult>? Results { get; set; }
    public bool Running { get; set; }

    public bool IsVisible => Running || Results is not null;

    public void Clear()
    {
        Action = null;
        Progress = null;
        Results = null;
    }

    public static string LabelOf(BulkUserAction action) => action switch
    {
        BulkUserAction.DeactivateKeys => "Deactivate keys",
        BulkUserAction.DisableConsole => "Disable console access",
        BulkUserAction.Quarantine => "Quarantine",
        _ => "Offboard",
    };
}
