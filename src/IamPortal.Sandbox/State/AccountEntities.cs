namespace IamPortal.Sandbox.State;

public sealed class PasswordPolicy
{
    public int MinimumPasswordLength { get; set; } = 6;
    public bool RequireSymbols { get; set; }
    public bool RequireNumbers { get; set; }
    public bool RequireUppercaseCharacters { get; set; }
    public bool RequireLowercaseCharacters { get; set; }
    public bool AllowUsersToChangePassword { get; set; }
    public int? MaxPasswordAge { get; set; }
    public int? PasswordReusePrevention { get; set; }
    public bool HardExpiry { get; set; }
}

public sealed class VirtualMfaDevice
{
    public string SerialNumber { get; set; } = "";
    public string Path { get; set; } = "/";
    /// <summary>Base32 TOTP seed (fake, sandbox only).</summary>
    public string Base32Seed { get; set; } = "";
    public DateTimeOffset CreateDate { get; set; }
    public string? UserName { get; set; }
    public DateTimeOffset? EnableDate { get; set; }
    public List<TagEntry> Tags { get; set; } = [];
}

public sealed class CredentialReportSnapshot
{
    private string? _base64;

    public DateTimeOffset GeneratedTime { get; set; }
    public string Csv { get; set; } = "";

    /// <summary>The CSV as GetCredentialReport returns it (base64), computed once.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Base64 => _base64 ??= Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Csv));
}

public sealed class LastAccessedJob
{
    public string JobId { get; set; } = "";
    public string Arn { get; set; } = "";
    public string Granularity { get; set; } = "SERVICE_LEVEL";
    public DateTimeOffset CreatedAt { get; set; }
}
