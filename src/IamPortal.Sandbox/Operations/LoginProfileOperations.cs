using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>Console passwords: GetLoginProfile, CreateLoginProfile, UpdateLoginProfile, DeleteLoginProfile.</summary>
public static class LoginProfileOperations
{
    private const string Symbols = "!@#$%^&*()_+-=[]{}|'";

    public static void Register(OperationRegistry r)
    {
        r.Read("GetLoginProfile", ctx =>
        {
            var user = ctx.ResolveUser();
            Write(ctx.Result, user, Require(user));
        });
        r.Write("CreateLoginProfile", ctx =>
        {
            var user = ctx.ResolveUser();
            var password = ctx.Q.Req("Password");
            if (user.LoginProfile is not null)
                throw new IamException("EntityAlreadyExists", $"Login Profile for user {user.UserName} already exists.");
            CheckPassword(password, ctx.State.PasswordPolicy);
            user.LoginProfile = new LoginProfile
            {
                CreateDate = ctx.Now,
                PasswordLastChanged = ctx.Now,
                PasswordResetRequired = ctx.Q.Bool("PasswordResetRequired") ?? false,
            };
            Write(ctx.Result, user, user.LoginProfile);
        }, hasResult: true);
        r.Write("UpdateLoginProfile", ctx =>
        {
            var user = ctx.ResolveUser();
            var profile = Require(user);
            if (ctx.Q.Str("Password") is { } password)
            {
                CheckPassword(password, ctx.State.PasswordPolicy);
                profile.PasswordLastChanged = ctx.Now;
            }
            if (ctx.Q.Bool("PasswordResetRequired") is { } reset) profile.PasswordResetRequired = reset;
        });
        r.Write("DeleteLoginProfile", ctx =>
        {
            var user = ctx.ResolveUser();
            Require(user);
            user.LoginProfile = null;
        });
    }

    private static LoginProfile Require(UserEntity user) =>
        user.LoginProfile ?? throw new IamException("NoSuchEntity", $"Login Profile for User {user.UserName} cannot be found.");

    private static void Write(XmlOut x, UserEntity user, LoginProfile p) =>
        x.Start("LoginProfile").El("UserName", user.UserName).Date("CreateDate", p.CreateDate)
            .El("PasswordResetRequired", p.PasswordResetRequired).End();

    /// <summary>Enforces the account password policy (or IAM's bare 1–128 length when there is none).</summary>
    public static void CheckPassword(string password, PasswordPolicy? policy)
    {
        if (password.Length is < 1 or > 128)
            throw IamException.Validation("password", null, "Member must have length less than or equal to 128");
        if (policy is null) return;
        var problems = new List<string>();
        if (password.Length < policy.MinimumPasswordLength)
            problems.Add($"Password should have a minimum length of {policy.MinimumPasswordLength}");
        if (policy.RequireUppercaseCharacters && !password.Any(char.IsAsciiLetterUpper))
            problems.Add("Password should have at least one uppercase letter");
        if (policy.RequireLowercaseCharacters && !password.Any(char.IsAsciiLetterLower))
            problems.Add("Password should have at least one lowercase letter");
        if (policy.RequireNumbers && !password.Any(char.IsAsciiDigit))
            problems.Add("Password should have at least one number");
        if (policy.RequireSymbols && !password.Any(c => Symbols.Contains(c)))
            problems.Add("Password should have at least one symbol");
        if (problems.Count > 0)
            throw new IamException("PasswordPolicyViolation", string.Join("; ", problems));
    }
}
