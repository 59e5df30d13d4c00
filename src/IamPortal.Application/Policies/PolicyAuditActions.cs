namespace IamPortal.Application.Policies;

/// <summary>The audit action names of policy changes ("Area.Verb", as Audit/AuditActions.cs names them).</summary>
public static class PolicyAuditActions
{
    public const string CreatePolicy = "Policies.Create";
    public const string CreatePolicyVersion = "Policies.CreateVersion";
    public const string DeletePolicyVersion = "Policies.DeleteVersion";
    public const string SetDefaultPolicyVersion = "Policies.SetDefaultVersion";
    public const string DeletePolicy = "Policies.Delete";
    public const string StartPolicyDeletion = "Policies.StartDeletion";
    public const string ResumePolicyDeletion = "Policies.ResumeDeletion";
    public const string AttachUserPolicy = "PolicyAttachments.AttachUser";
    public const string DetachUserPolicy = "PolicyAttachments.DetachUser";
    public const string AttachGroupPolicy = "PolicyAttachments.AttachGroup";
    public const string DetachGroupPolicy = "PolicyAttachments.DetachGroup";
    public const string PutUserInlinePolicy = "InlinePolicies.PutUser";
    public const string DeleteUserInlinePolicy = "InlinePolicies.DeleteUser";
    public const string PutGroupInlinePolicy = "InlinePolicies.PutGroup";
    public const string DeleteGroupInlinePolicy = "InlinePolicies.DeleteGroup";
}
