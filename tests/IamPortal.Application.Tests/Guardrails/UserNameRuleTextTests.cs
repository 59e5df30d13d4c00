using IamPortal.Application.Guardrails;
using GuardrailsRules = IamPortal.Application.Guardrails.Guardrails;

namespace IamPortal.Application.Tests.Guardrails;

public class UserNameRuleTextTests
{
    [Fact]
    public void Help_Defaults_NamesTheHint() =>
        UserNameRuleText.Help(new GuardrailsRules())
            .Should().Be("1–64 characters; lower-case letters, digits and . _ @ + = , -. Unique in the account, ignoring case.");

    [Theory]
    [InlineData("", "anything")]
    [InlineData("", "")]
    [InlineData("  ", "")]
    public void Help_NoPattern_NoDanglingSeparator(string pattern, string hint) =>
        UserNameRuleText.Help(new GuardrailsRules { UserNamePattern = pattern, UserNamePatternHint = hint })
            .Should().Be("1–64 characters. Unique in the account, ignoring case.");

    [Fact]
    public void Help_PatternWithoutHint_ShowsThePattern() =>
        UserNameRuleText.Help(new GuardrailsRules { UserNamePattern = "^[a-z.]+$", UserNamePatternHint = "" })
            .Should().Be("1–64 characters; ^[a-z.]+$. Unique in the account, ignoring case.");
}
