using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Validation;

namespace IamPortal.Application.Tests.Policies.Validation;

public sealed class PolicyValidatorCatalogTests
{
    private static readonly PolicyValidator Validator = new(new TinyCatalog());
    private const string Effect = "\"Effect\": \"Allow\"";

    private static string Statement(params string[] lines) => PolicyValidatorGrammarTests.Statement(lines);

    public static TheoryData<string, FindingLevel, string> Cases() => new()
    {
        { ValidationCodes.UnknownPrefix, FindingLevel.Error, Statement(Effect, "\"Action\": [\"s3:GetObject\", §\"s4:GetObject\"]", "\"Resource\": \"*\"") },
        { ValidationCodes.UnknownAction, FindingLevel.Error, Statement(Effect, "\"Action\": §\"s3:GetObjekt\"", "\"Resource\": \"*\"") },
        { ValidationCodes.WildcardMatchesNoAction, FindingLevel.Error, Statement(Effect, "\"Action\": §\"s3:Delete*\"", "\"Resource\": \"*\"") },
        { ValidationCodes.UnsupportedResourceArn, FindingLevel.Error, Statement(Effect, "\"Action\": §\"s3:GetObject\"", "\"Resource\": \"arn:aws:s3:::reports\"") },
        { ValidationCodes.UnsupportedResourceArn, FindingLevel.Error, Statement(Effect, "\"Action\": [\"s3:ListBucket\", §\"s3:PutObject\"]", "\"Resource\": [\"arn:aws:s3:::reports\", \"arn:aws:s3:::logs\"]") },
        { ValidationCodes.InvalidServiceConditionKey, FindingLevel.Error, Statement(Effect, "\"Action\": \"s3:GetObject\"", "\"Resource\": \"*\"", "\"Condition\": {\"StringEquals\": {§\"s3:colour\": \"red\"}}") },
        { ValidationCodes.InvalidServiceConditionKey, FindingLevel.Error, Statement(Effect, "\"Action\": \"s3:GetObject\"", "\"Resource\": \"*\"", "\"Condition\": {\"StringEquals\": {§\"nosuch:key\": \"red\"}}") },
        { ValidationCodes.UnsupportedConditionKey, FindingLevel.Warning, Statement(Effect, "\"Action\": \"s3:GetObject\"", "\"Resource\": \"*\"", "\"Condition\": {\"StringLike\": {§\"s3:prefix\": \"home/*\"}}") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_CatalogueCheck_ReportsCodeAtMarkedPosition(string code, FindingLevel level, string marked)
    {
        var document = MarkedDocument.Parse(marked);

        var findings = Validator.Validate(document.Text, PolicyDocumentKind.Managed).Findings;

        findings.Should().ContainSingle(f => f.Code == code && f.Line == document.Line && f.Column == document.Column,
            $"the findings were: {string.Join("; ", findings.Select(f => $"{f.Code} {f.Line}:{f.Column}"))}")
            .Which.Level.Should().Be(level);
    }

    [Theory]
    [InlineData("\"s3:GetObject\"", "\"arn:aws:s3:::reports/*\"")]
    [InlineData("\"s3:GetObject\"", "\"arn:aws:s3:::reports*\"")]
    [InlineData("[\"s3:GetObject\", \"s3:ListBucket\"]", "[\"arn:aws:s3:::reports\", \"arn:aws:s3:::reports/*\"]")]
    [InlineData("\"s3:Get*\"", "\"arn:aws:s3:::reports\"")]
    [InlineData("\"iam:ChangePassword\"", "\"arn:aws:iam::*:user/${aws:username}\"")]
    [InlineData("\"S3:getobject\"", "\"*\"")]
    public void Validate_ResourceThatCanMatchTheActionsTypes_HasNoFinding(string actions, string resources)
    {
        var document = Statement(Effect, $"\"Action\": {actions}", $"\"Resource\": {resources}",
            "\"Condition\": {\"StringEquals\": {\"aws:PrincipalTag/team\": \"data\", \"s3:ExistingObjectTag/class\": \"public\"}}");

        var findings = Validator.Validate(document, PolicyDocumentKind.Managed).Findings;

        findings.Where(f => f.Code != ValidationCodes.UnsupportedConditionKey).Should().BeEmpty();
    }

    [Fact]
    public void Validate_EmptyCatalogue_SkipsTheDataDrivenChecks()
    {
        var empty = Substitute.For<IamPortal.Application.Policies.Catalog.IActionCatalog>();
        empty.Services.Returns([]);
        var document = Statement(Effect, "\"Action\": \"s4:GetObjekt\"", "\"Resource\": \"*\"");

        new PolicyValidator(empty).Validate(document, PolicyDocumentKind.Managed).Findings.Should().BeEmpty();
    }
}
