using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Validation;

namespace IamPortal.Application.Tests.Policies.Validation;

public sealed class PolicyValidatorRobustnessTests
{
    private static readonly PolicyValidator Validator = new(new TinyCatalog());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{")]
    [InlineData("{\"Statement\": [null, 1, \"x\", [], {}]}")]
    [InlineData("{\"Version\": {}, \"Statement\": {\"Effect\": [], \"Action\": {}, \"Resource\": null, \"Condition\": []}}")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \":\", \"Resource\": \"arn:\", \"Condition\": {\"StringLike\": {\":\": null}}}}")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"arn:aws:s3:::${\", \"Condition\": {\"IpAddress\": {\"aws:SourceIp\": \"/\"}}}}")]
    [InlineData("{/* comment */ \"Version\": \"2012-10-17\"}")]
    public void Validate_MalformedInput_ReportsErrorsWithoutThrowing(string document)
    {
        var validation = Validator.Validate(document, PolicyDocumentKind.Managed);

        validation.HasErrors.Should().BeTrue();
        validation.Findings.Should().OnlyContain(f => f.Line >= 1 && f.Column >= 1 && f.Code != ValidationCodes.ValidationFailed);
    }

    [Fact]
    public void Validate_DeeplyNestedArrays_ReportsASyntaxError()
    {
        var document = new string('[', 500) + new string(']', 500);

        Validator.Validate(document, PolicyDocumentKind.Managed).Findings.Should().Contain(f => f.Code == ValidationCodes.JsonSyntaxError);
    }
}
