namespace IamPortal.Application.Audit;

public static partial class AuditActions
{
    // The account password policy (Settings → Password policy).
    public const string UpdatePasswordPolicy = "PasswordPolicy.Update";
    public const string DeletePasswordPolicy = "PasswordPolicy.Delete";
}
