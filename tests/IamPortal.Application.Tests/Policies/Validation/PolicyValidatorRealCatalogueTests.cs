using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;
using IamPortal.Application.Policies.Validation;
using Xunit.Abstractions;

namespace IamPortal.Application.Tests.Policies.Validation;

/// <summary>The data-driven checks against the embedded catalogue the portal ships (AWS's Service Authorization Reference).</summary>
public sealed class PolicyValidatorRealCatalogueTests(ITestOutputHelper output)
{
    private static readonly PolicyValidator Validator = new(new ActionCatalog());

    private static string Statement(params string[] lines) => PolicyValidatorGrammarTests.Statement(lines);

    [Theory]
    [InlineData("\"Action\": \"s3:GetObject\"", "\"Resource\": \"arn:aws:s3:::reports\"", ValidationCodes.UnsupportedResourceArn)]
    [InlineData("\"Action\": \"s3:GetObjekt\"", "\"Resource\": \"*\"", ValidationCodes.UnknownAction)]
    [InlineData("\"Action\": \"s3:Fly*\"", "\"Resource\": \"*\"", ValidationCodes.WildcardMatchesNoAction)]
    [InlineData("\"Action\": \"simple-storage:GetObject\"", "\"Resource\": \"*\"", ValidationCodes.UnknownPrefix)]
    [InlineData("\"Action\": \"iam:PassRole\"", "\"Resource\": \"arn:aws:iam::123456789012:user/ana\"", ValidationCodes.UnsupportedResourceArn)]
    public void Validate_RealCatalogue_FindsTheMistake(string action, string resource, string code)
    {
        var findings = Validator.Validate(Statement("\"Effect\": \"Allow\"", action, resource), PolicyDocumentKind.Managed).Findings;

        findings.Should().Contain(f => f.Code == code && f.Line == 5, string.Join("; ", findings.Select(f => f.Code)));
    }

    [Fact]
    public void Validate_RealCatalogue_AcceptsACorrectPolicy()
    {
        var document = Statement("\"Effect\": \"Allow\"", "\"Action\": [\"s3:GetObject\", \"s3:ListBucket\", \"ec2:DescribeInstances\"]",
            "\"Resource\": [\"arn:aws:s3:::reports\", \"arn:aws:s3:::reports/*\", \"*\"]",
            "\"Condition\": {\"StringLike\": {\"s3:prefix\": [\"home/*\"]}, \"Bool\": {\"aws:SecureTransport\": \"true\"}}");

        Validator.Validate(document, PolicyDocumentKind.Managed).Findings.Where(f => f.Level <= FindingLevel.SecurityWarning).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SixKilobyteDocumentWithRealCatalogue_IsFastEnoughForEveryKeystroke()
    {
        var document = PolicyValidatorSizeTests.PolicyOfSize(6000);
        for (var i = 0; i < 20; i++) Validator.Validate(document, PolicyDocumentKind.Managed);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        const int runs = 200;
        for (var i = 0; i < runs; i++) Validator.Validate(document, PolicyDocumentKind.Managed);
        var perRun = watch.Elapsed / runs;
        output.WriteLine($"{PolicySize.Of(document):N0} characters, real catalogue: {perRun.TotalMilliseconds:F3} ms per validation");

        perRun.Should().BeLessThan(TimeSpan.FromMilliseconds(20));
    }
}
