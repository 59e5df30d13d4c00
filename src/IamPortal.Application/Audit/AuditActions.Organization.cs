namespace IamPortal.Application.Audit;

public static partial class AuditActions
{
    // Organization: views across every account.
    /// <summary>"Whose key is this?": the whole answer (account, user, status, age, last use) is recorded, never a secret.</summary>
    public const string KeyOwnerLookup = "Organization.KeyOwnerLookup";
    public const string ExportOrganizationOverview = "Organization.ExportOverview";
}
