using IamPortal.Application.Iam;
using IamPortal.Application.Onboarding;

namespace IamPortal.Application.Tests.Onboarding;

public class PasswordGeneratorTests
{
    [Fact]
    public void Generate_ManyPasswordsAgainstStrictPolicies_AllSatisfyThePolicy()
    {
        var random = new Random(11);
        for (var i = 0; i < 2000; i++)
        {
            var policy = new IamPasswordPolicy(MinimumPasswordLength: random.Next(6, 129), RequireSymbols: random.Next(2) == 0,
                RequireNumbers: random.Next(2) == 0, RequireUppercaseCharacters: random.Next(2) == 0, RequireLowercaseCharacters: random.Next(2) == 0);

            var password = PasswordGenerator.Generate(policy);

            IamRules.ValidatePassword(password, policy).Should().BeEmpty($"'{password}' was generated for {policy}");
            password.Length.Should().BeGreaterThanOrEqualTo(Math.Max(16, policy.MinimumPasswordLength)).And.BeLessThanOrEqualTo(128);
            password.Should().Match(p => p.All(c => char.IsAsciiLetterOrDigit(c) || IamRules.PasswordSymbols.Contains(c)));
            "=+-@".Should().NotContain(password[0].ToString());
        }
    }

    [Fact]
    public void Generate_NoPolicy_SixteenCharactersWithEveryClass()
    {
        var password = PasswordGenerator.Generate(null);

        password.Should().HaveLength(16);
        password.Should().Match(p => p.Any(char.IsAsciiLetterUpper) && p.Any(char.IsAsciiLetterLower) && p.Any(char.IsAsciiDigit)
                                     && p.Any(IamRules.PasswordSymbols.Contains));
    }

    [Fact]
    public void Generate_TwoCalls_DifferentPasswords() =>
        Enumerable.Range(0, 50).Select(_ => PasswordGenerator.Generate(null)).Distinct().Should().HaveCount(50);
}
