using Xunit.Abstractions;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Validation;

namespace IamPortal.Application.Tests.Policies.Validation;

public sealed class PolicyValidatorSizeTests(ITestOutputHelper output)
{
    private static readonly PolicyValidator Validator = new();

    /// <summary>A valid policy of about <paramref name="size"/> characters without whitespace, pretty-printed.</summary>
    internal static string PolicyOfSize(int size)
    {
        var resources = new List<string>();
        var document = "";
        for (var i = 0; PolicySize.Of(document) < size; i++)
        {
            resources.Add($"      \"arn:aws:s3:::bucket-{i:D4}/reports/*\"");
            document = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Sid\": \"ReadReports\",\n      \"Effect\": \"Allow\",\n"
                + "      \"Action\": [\"s3:GetObject\"],\n      \"Resource\": [\n" + string.Join(",\n", resources) + "\n      ]\n    }\n  ]\n}";
        }
        return document;
    }

    [Fact]
    public void Validate_Size_CountsCharactersWithoutWhitespace()
    {
        var validation = Validator.Validate("{ \"Version\" : \"2012-10-17\",\n\t\"Statement\": {\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"} }", PolicyDocumentKind.Managed);

        validation.Size.Should().Be("{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}}".Length);
        validation.SizeLimit.Should().Be(6144);
    }

    [Theory]
    [InlineData(PolicyDocumentKind.Managed, 0, 6144)]
    [InlineData(PolicyDocumentKind.GroupInline, 0, 5120)]
    [InlineData(PolicyDocumentKind.UserInline, 0, 2048)]
    [InlineData(PolicyDocumentKind.UserInline, 1500, 548)]
    public void Validate_SizeLimit_IsTheKindsLimitLessOtherInlinePolicies(PolicyDocumentKind kind, int other, int limit) =>
        Validator.Validate("{}", kind, other).SizeLimit.Should().Be(limit);

    [Fact]
    public void Validate_ManagedPolicyOverLimit_IsAnError()
    {
        var validation = Validator.Validate(PolicyOfSize(6200), PolicyDocumentKind.Managed);

        validation.Findings.Should().ContainSingle(f => f.Code == ValidationCodes.PolicySizeExceedsQuota && f.Level == FindingLevel.Error);
    }

    [Fact]
    public void Validate_UserInlineWithOtherInlinePolicies_CountsTheAggregate()
    {
        var document = PolicyOfSize(1000);

        Validator.Validate(document, PolicyDocumentKind.UserInline, 900).Findings.Should().NotContain(f => f.Code == ValidationCodes.PolicySizeExceedsQuota);
        Validator.Validate(document, PolicyDocumentKind.UserInline, 1100).Findings.Should().Contain(f => f.Code == ValidationCodes.PolicySizeExceedsQuota);
        Validator.Validate(document, PolicyDocumentKind.GroupInline, 1100).Findings.Should().NotContain(f => f.Code == ValidationCodes.PolicySizeExceedsQuota);
    }

    [Fact]
    public void Validate_SixKilobyteDocument_IsFastEnoughForEveryKeystroke()
    {
        var document = PolicyOfSize(6000);
        var validator = new PolicyValidator(new TinyCatalog());
        for (var i = 0; i < 20; i++) validator.Validate(document, PolicyDocumentKind.Managed);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        const int runs = 200;
        for (var i = 0; i < runs; i++) validator.Validate(document, PolicyDocumentKind.Managed);
        var perRun = watch.Elapsed / runs;
        output.WriteLine($"{PolicySize.Of(document):N0} characters ({document.Length:N0} with whitespace): {perRun.TotalMilliseconds:F3} ms per validation");

        perRun.Should().BeLessThan(TimeSpan.FromMilliseconds(20), "validation runs on every keystroke (debounced)");
    }
}
