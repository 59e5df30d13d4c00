using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.PasswordPolicy;

/// <summary>The password policy as the form edits it: expiry and reuse prevention as a switch plus a number.</summary>
public sealed class PasswordPolicyDraft
{
    public int MinimumPasswordLength { get; set; } = 8;
    public bool RequireUppercaseCharacters { get; set; }
    public bool RequireLowercaseCharacters { get; set; }
    public bool RequireNumbers { get; set; }
    public bool RequireSymbols { get; set; }
    public bool AllowUsersToChangePassword { get; set; }
    public bool ExpirePasswords { get; set; }
    public int? MaxPasswordAge { get; set; }
    public bool HardExpiry { get; set; }
    public bool PreventReuse { get; set; }
    public int? PasswordReusePrevention { get; set; }

    public static PasswordPolicyDraft From(IamPasswordPolicy? p)
    {
        p ??= Application.PasswordPolicy.PasswordPolicyRules.IamDefaults;
        return new PasswordPolicyDraft
        {
            MinimumPasswordLength = p.MinimumPasswordLength,
            RequireUppercaseCharacters = p.RequireUppercaseCharacters,
            RequireLowercaseCharacters = p.RequireLowercaseCharacters,
            RequireNumbers = p.RequireNumbers,
            RequireSymbols = p.RequireSymbols,
            AllowUsersToChangePassword = p.AllowUsersToChangePassword,
            ExpirePasswords = p.ExpirePasswords && p.MaxPasswordAge is not null,
            MaxPasswordAge = p.MaxPasswordAge,
            HardExpiry = p.HardExpiry,
            PreventReuse = p.PasswordReusePrevention is not null,
            PasswordReusePrevention = p.PasswordReusePrevention,
        };
    }

    public IamPasswordPolicy ToPolicy() => new(
        MinimumPasswordLength, RequireSymbols, RequireNumbers, RequireUppercaseCharacters, RequireLowercaseCharacters, AllowUsersToChangePassword,
        ExpirePasswords, ExpirePasswords ? MaxPasswordAge : null, PreventReuse ? PasswordReusePrevention ?? 0 : null, ExpirePasswords && HardExpiry);
}
