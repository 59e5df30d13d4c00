using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Validation;

namespace IamPortal.Application.Tests.Policies.Validation;

public sealed class PolicyValidatorGrammarTests
{
    private static readonly PolicyValidator Validator = new();

    /// <summary>A one-statement policy whose statement holds these lines (each indented 4, joined by commas).</summary>
    internal static string Statement(params string[] lines) =>
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\n" + string.Join(",\n", lines.Select(l => "    " + l)) + "\n  }]\n}";

    private const string Effect = "\"Effect\": \"Allow\"";
    private const string AnyAction = "\"Action\": \"s3:GetObject\"";
    private const string AnyResource = "\"Resource\": \"arn:aws:s3:::bucket/*\"";

    public static TheoryData<string, FindingLevel, string> Cases() => new()
    {
        { ValidationCodes.JsonSyntaxError, FindingLevel.Error, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [§}\n}" },
        { ValidationCodes.JsonSyntaxError, FindingLevel.Error, "{\n  \"Version\": \"2012-10-17\"\n  §\"Statement\": []\n}" },
        { ValidationCodes.PolicyNotObject, FindingLevel.Error, "§[\"Version\"]" },
        { ValidationCodes.DuplicateKey, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "§\"Action\": \"s3:PutObject\"") },
        { ValidationCodes.DuplicateKey, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "§\"action\": \"s3:PutObject\"") },
        { ValidationCodes.UnknownElement, FindingLevel.Error, Statement(Effect, AnyAction, "§\"Resources\": \"*\"") },
        { ValidationCodes.UnknownElement, FindingLevel.Error, Statement("§\"effect\": \"Allow\"", AnyAction, AnyResource) },
        { ValidationCodes.UnknownElement, FindingLevel.Error, "{\n  §\"version\": \"2012-10-17\",\n  \"Statement\": []\n}" },
        { ValidationCodes.MissingVersion, FindingLevel.Warning, "§{\n  \"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}\n}" },
        { ValidationCodes.InvalidVersion, FindingLevel.Error, "{\n  \"Version\": §\"2024-06-01\",\n  \"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}\n}" },
        { ValidationCodes.MissingStatement, FindingLevel.Error, "§{\n  \"Version\": \"2012-10-17\"\n}" },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": §\"Allow everything\"\n}" },
        { ValidationCodes.InvalidSid, FindingLevel.Error, Statement("\"Sid\": §\"read-only\"", Effect, AnyAction, AnyResource) },
        { ValidationCodes.EmptySid, FindingLevel.Suggestion, Statement("\"Sid\": §\"\"", Effect, AnyAction, AnyResource) },
        { ValidationCodes.DuplicateSid, FindingLevel.Error,
            "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\"Sid\": \"Read\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"},\n    {\"Sid\": §\"Read\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}\n  ]\n}" },
        { ValidationCodes.MissingEffect, FindingLevel.Error, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [§{\"Action\": \"*\", \"Resource\": \"*\"}]\n}" },
        { ValidationCodes.InvalidEffect, FindingLevel.Error, Statement("\"Effect\": §\"allow\"", AnyAction, AnyResource) },
        { ValidationCodes.UnsupportedElement, FindingLevel.Error, Statement(Effect, "§\"Principal\": {\"AWS\": \"*\"}", AnyAction, AnyResource) },
        { ValidationCodes.UnsupportedElement, FindingLevel.Error, Statement(Effect, "§\"NotPrincipal\": {\"AWS\": \"*\"}", AnyAction, AnyResource) },
        { ValidationCodes.ActionAndNotAction, FindingLevel.Error, Statement("\"Effect\": \"Deny\"", AnyAction, "§\"NotAction\": \"iam:*\"", AnyResource) },
        { ValidationCodes.MissingAction, FindingLevel.Error, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": §{\"Effect\": \"Deny\", \"Resource\": \"*\"}\n}" },
        { ValidationCodes.InvalidAction, FindingLevel.Error, Statement(Effect, "\"Action\": [\"s3:GetObject\", §\"s3GetObject\"]", AnyResource) },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, Statement(Effect, "\"Action\": [§42]", AnyResource) },
        { ValidationCodes.EmptyArray, FindingLevel.Suggestion, Statement(Effect, "\"Action\": §[]", AnyResource) },
        { ValidationCodes.MissingResource, FindingLevel.Error, "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": §{\"Effect\": \"Deny\", \"Action\": \"*\"}\n}" },
        { ValidationCodes.ResourceAndNotResource, FindingLevel.Error, Statement("\"Effect\": \"Deny\"", AnyAction, AnyResource, "§\"NotResource\": \"*\"") },
        { ValidationCodes.InvalidArn, FindingLevel.Error, Statement(Effect, AnyAction, "\"Resource\": §\"s3:::bucket/*\"") },
        { ValidationCodes.MissingArnField, FindingLevel.Error, Statement(Effect, AnyAction, "\"Resource\": §\"arn:aws:s3::bucket\"") },
        { ValidationCodes.InvalidArnPartition, FindingLevel.Error, Statement(Effect, AnyAction, "\"Resource\": §\"arn:amazon:s3:::bucket/*\"") },
        { ValidationCodes.InvalidArnRegion, FindingLevel.Error, Statement(Effect, "\"Action\": \"ec2:StartInstances\"", "\"Resource\": §\"arn:aws:ec2:europe:123456789012:instance/*\"") },
        { ValidationCodes.InvalidArnAccount, FindingLevel.Error, Statement(Effect, "\"Action\": \"iam:GetUser\"", "\"Resource\": [\"*\", §\"arn:aws:iam::1234:user/ana\"]") },
        { ValidationCodes.InvalidArnServiceCase, FindingLevel.Error, Statement(Effect, AnyAction, "\"Resource\": §\"arn:aws:S3:::bucket/*\"") },
        { ValidationCodes.InvalidPolicyVariable, FindingLevel.Error, Statement(Effect, AnyAction, "\"Resource\": §\"arn:aws:s3:::bucket/${aws:username\"") },
        { ValidationCodes.InvalidPolicyVariable, FindingLevel.Error, Statement(Effect, AnyAction, "\"Resource\": §\"arn:aws:s3:::bucket/${user name}/*\"") },
        { ValidationCodes.VariableNeedsVersion, FindingLevel.Error,
            "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"iam:ChangePassword\",\n    \"Resource\": §\"arn:aws:iam::*:user/${aws:username}\"}\n}" },
        { ValidationCodes.UnknownOperator, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {§\"StringEqual\": {\"aws:username\": \"ana\"}}") },
        { ValidationCodes.UnknownOperator, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {§\"stringEquals\": {\"aws:username\": \"ana\"}}") },
        { ValidationCodes.NullWithIfExists, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {§\"NullIfExists\": {\"aws:TokenIssueTime\": \"true\"}}") },
        { ValidationCodes.InvalidConditionKeyFormat, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"IpAddress\": {§\"SourceIp\": \"203.0.113.0/24\"}}") },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": §\"ten\"}}") },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"DateLessThan\": {\"aws:CurrentTime\": §\"next monday\"}}") },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"Bool\": {\"aws:SecureTransport\": §\"yes\"}}") },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"IpAddress\": {\"aws:SourceIp\": [\"10.0.0.0/8\", §\"10.0.0.0/33\"]}}") },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"NotIpAddress\": {\"aws:SourceIp\": §\"office\"}}") },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"ArnLike\": {\"aws:SourceArn\": §\"role/deployer\"}}") },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"BinaryEquals\": {\"aws:UserAgent\": §\"not base64!\"}}") },
        { ValidationCodes.DataTypeMismatch, FindingLevel.Error, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"ForAnyValue:StringLike\": {\"aws:TagKeys\": §{\"a\": 1}}}") },
        { ValidationCodes.WildcardWithoutLikeOperator, FindingLevel.Warning, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"StringEquals\": {\"aws:username\": §\"admin-*\"}}") },
        { ValidationCodes.EmptyObject, FindingLevel.Suggestion, Statement(Effect, AnyAction, AnyResource, "§\"Condition\": {}") },
        { ValidationCodes.EmptyArray, FindingLevel.Suggestion, Statement(Effect, AnyAction, AnyResource, "\"Condition\": {\"StringEquals\": {\"aws:username\": §[]}}") },
        { ValidationCodes.AllowWithNotAction, FindingLevel.SecurityWarning, Statement(Effect, "§\"NotAction\": \"iam:*\"", "\"Resource\": \"*\"") },
        { ValidationCodes.AllowWithNotResource, FindingLevel.SecurityWarning, Statement(Effect, AnyAction, "§\"NotResource\": \"arn:aws:s3:::secret/*\"") },
        { ValidationCodes.PassRoleWithStarInResource, FindingLevel.SecurityWarning, Statement(Effect, "\"Action\": \"iam:PassRole\"", "\"Resource\": §\"*\"") },
        { ValidationCodes.PassRoleWithStarInResource, FindingLevel.SecurityWarning, Statement(Effect, "\"Action\": [\"ec2:RunInstances\", \"iam:*\"]", "\"Resource\": [\"arn:aws:ec2:*:*:instance/*\", §\"*\"]") },
        { ValidationCodes.PassRoleWithStarInResource, FindingLevel.SecurityWarning, Statement(Effect, "\"Action\": \"*\"", "\"Resource\": §\"*\"") },
        { ValidationCodes.PassRoleWithNotResource, FindingLevel.SecurityWarning, Statement(Effect, "\"Action\": \"iam:PassRole\"", "§\"NotResource\": \"arn:aws:iam::123456789012:role/admin\"") },
        { ValidationCodes.InvalidCharacter, FindingLevel.Error, Statement("\"Sid\": \"Read§\u201CAll\u201D\"", Effect, AnyAction, AnyResource) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_CraftedDocument_ReportsCodeAtMarkedPosition(string code, FindingLevel level, string marked)
    {
        var document = MarkedDocument.Parse(marked);

        var findings = Validator.Validate(document.Text, PolicyDocumentKind.Managed).Findings;

        findings.Should().ContainSingle(f => f.Code == code && f.Line == document.Line && f.Column == document.Column,
            $"the findings were: {string.Join("; ", findings.Select(f => $"{f.Code} {f.Line}:{f.Column}"))}")
            .Which.Level.Should().Be(level);
    }

    [Fact]
    public void Validate_WellFormedPolicy_HasNoFindings()
    {
        var document = Statement("\"Sid\": \"ReadOwnFolder\"", Effect, "\"Action\": [\"s3:GetObject\", \"s3:PutObject\"]",
            "\"Resource\": \"arn:aws:s3:::team-bucket/home/${aws:username}/*\"",
            "\"Condition\": {\"Bool\": {\"aws:SecureTransport\": \"true\"}, \"IpAddress\": {\"aws:SourceIp\": [\"203.0.113.0/24\", \"2001:db8::/32\"]},"
            + " \"DateLessThan\": {\"aws:CurrentTime\": \"2027-01-01T00:00:00Z\"}, \"NumericLessThan\": {\"aws:MultiFactorAuthAge\": 3600},"
            + " \"ForAnyValue:StringLike\": {\"aws:PrincipalTag/team\": [\"plat*\"]}, \"ArnLike\": {\"aws:PrincipalArn\": \"arn:aws:iam::*:user/*\"}}");

        var validation = Validator.Validate(document, PolicyDocumentKind.Managed);

        validation.Findings.Should().BeEmpty();
        validation.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Validate_TabsBeforeAnError_CountOneColumnEach()
    {
        var document = "{\n\t\"Version\": \"2012-10-17\",\n\t\"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"s3:::x\"}\n}";

        var finding = Validator.Validate(document, PolicyDocumentKind.Managed).Findings.Single(f => f.Code == ValidationCodes.InvalidArn);

        finding.Line.Should().Be(3);
        finding.Column.Should().Be(document.Split('\n')[2].IndexOf("\"s3:::x\"", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Validate_NonAsciiBeforeAnError_CountsCharactersNotBytes()
    {
        var document = "{\"Id\": \"Zürich-é\", \"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"allow\", \"Action\": \"*\", \"Resource\": \"*\"}}";

        var finding = Validator.Validate(document, PolicyDocumentKind.Managed).Findings.Single(f => f.Code == ValidationCodes.InvalidEffect);

        finding.Column.Should().Be(document.IndexOf("\"allow\"", StringComparison.Ordinal) + 1);
    }

    [Fact]
    public void Validate_FindingsOfAStatement_NameItsIndexAndElement()
    {
        var document = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}, {\"Effect\": \"Alow\", \"Action\": \"*\", \"Resource\": \"*\"}]}";

        var finding = Validator.Validate(document, PolicyDocumentKind.Managed).Findings.Single();

        finding.Should().BeEquivalentTo(new { Code = ValidationCodes.InvalidEffect, StatementIndex = 1, Element = "Effect" });
    }

    [Fact]
    public void Validate_Findings_AreSortedByLineAndColumn()
    {
        var document = "{\n  \"Version\": \"2024\",\n  \"Statement\": {\"Effect\": \"Alow\", \"Action\": \"s3GetObject\", \"Resource\": \"bucket\"}\n}";

        var findings = Validator.Validate(document, PolicyDocumentKind.Managed).Findings;

        findings.Should().HaveCount(4);
        findings.Select(f => (f.Line * 10_000) + f.Column).Should().BeInAscendingOrder();
    }
}
