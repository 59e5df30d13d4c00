using IamPortal.Sandbox.Catalog;
using IamPortal.Sandbox.Operations;
using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Tests.Operations;

public sealed class PolicyDocumentValidationTests
{
    private const string Ok = """{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}""";

    private static string Policy(string statement, string version = "\"Version\":\"2012-10-17\",") => $$"""{{{version}}"Statement":[{{statement}}]}""";

    [Theory]
    [InlineData("{not json", "Syntax errors in policy.")]
    [InlineData("[1]", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"},]}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statment":[]}""", "Syntax errors in policy.")]
    [InlineData("""{"version":"2012-10-17","Statement":[]}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17"}""", "Missing required field Statement")]
    [InlineData("""{"Version":"2024-01-01","Statement":[]}""", "The policy failed legacy parsing")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"effect":"Allow","Action":"*","Resource":"*"}]}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Action":"*","Resource":"*"}]}""", "Missing required field Effect")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"*","Resource":"*"}]}""", "Invalid effect: allow")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","NotAction":"iam:*","Resource":"*"}]}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*"}]}""", "Policy statement must contain actions.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*"}]}""", "Policy statement must contain resources.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","NotResource":"*"}]}""", "Syntax errors in policy.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"*","Resource":"*"}]}""", "Policy document should not specify a principal.")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Sid":"read-all","Effect":"Allow","Action":"*","Resource":"*"}]}""", "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"A","Effect":"Deny","Action":"*","Resource":"*"}]}""", "Statement IDs (SID) in a single policy must be unique.")]
    public void PolicyDocument_WhatIamRefuses_IsMalformedPolicyDocument(string document, string message)
    {
        var refuse = () => Validate.PolicyDocument(document);

        refuse.Should().Throw<IamException>().Which.Should().BeEquivalentTo(new { Code = "MalformedPolicyDocument", Message = message });
    }

    [Theory]
    [InlineData("""{"Statement":{"Effect":"Deny","NotAction":"*","NotResource":"*"}}""")]
    [InlineData("""{"Version":"2008-10-17","Id":"x","Statement":[{"Sid":"","Effect":"Allow","Action":["s3:Get*"],"Resource":["arn:aws:s3:::b/*"],"Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}""")]
    public void PolicyDocument_WhatIamAccepts_ReturnsItsSize(string document) =>
        Validate.PolicyDocument(document).Should().Be(document.Count(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void PolicyDocument_EveryManagedPolicyOfTheCatalogue_IsAccepted()
    {
        foreach (var entry in ManagedPolicyCatalog.Entries)
            entry.Invoking(e => Validate.PolicyDocument(e.Document)).Should().NotThrow(entry.Name);
    }

    [Fact]
    public void PolicyDocument_AcceptedStatement_PassesWithOtherStatements() =>
        Validate.PolicyDocument(Policy(Ok + "," + Ok)).Should().BeGreaterThan(0);
}
