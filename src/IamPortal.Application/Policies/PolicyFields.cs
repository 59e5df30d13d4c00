using IamPortal.Application.Iam;

namespace IamPortal.Application.Policies;

/// <summary>The form fields policy commands report errors at, and IAM's rules for a policy's name, path and description.</summary>
public static class PolicyFields
{
    public const string Name = "Name";
    public const string Path = "Path";
    public const string Description = "Description";
    public const string Document = "Document";
    /// <summary>A security warning of the validator not confirmed by the operator.</summary>
    public const string SecurityWarnings = "SecurityWarnings";
    /// <summary>A change that adds risk whose impact the operator has not acknowledged (or acknowledged a different one).</summary>
    public const string Impact = "Impact";
    /// <summary>At IAM's 5-version limit: which non-default version to delete first.</summary>
    public const string DeleteVersionId = "DeleteVersionId";
    public const string VersionId = "VersionId";
    public const string PolicyArn = "PolicyArn";
    /// <summary>The attachment quota of a user or group.</summary>
    public const string Quota = "Quota";
    public const string InlineName = "PolicyName";

    public const int MaxDescriptionLength = 1000;
    public const int MaxVersions = 5;

    /// <summary>IAM's description rule (CreatePolicy: at most 1,000 characters).</summary>
    public static string? ValidateDescription(string? description) =>
        description is { Length: > MaxDescriptionLength } ? $"Description can be at most {MaxDescriptionLength} characters." : null;

    /// <summary>Name, path and description of a new customer managed policy, each at its field.</summary>
    public static Dictionary<string, string> ValidateNew(string? name, string? path, string? description)
    {
        var errors = new Dictionary<string, string>();
        if (IamRules.ValidatePolicyName(name) is { } n) errors[Name] = n;
        if (IamRules.ValidatePath(string.IsNullOrEmpty(path) ? "/" : path) is { } p) errors[Path] = p;
        if (ValidateDescription(description) is { } d) errors[Description] = d;
        return errors;
    }

    public static bool IsAwsManaged(string policyArn) => policyArn.StartsWith("arn:aws:iam::aws:policy", StringComparison.Ordinal);
}
