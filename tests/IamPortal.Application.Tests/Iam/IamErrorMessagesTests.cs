using IamPortal.Application.Iam;

namespace IamPortal.Application.Tests.Iam;

public class IamErrorMessagesTests
{
    [Theory]
    [InlineData("DeleteConflict", "*still attached*")]
    [InlineData("Throttling", "*throttling*")]
    [InlineData("RequestLimitExceeded", "*throttling*")]
    [InlineData("LimitExceeded", "*quota*")]
    [InlineData("AccessDenied", "*portal's AWS role*")]
    public void Describe_KnownCode_GivesPlainSentenceAndIamDetail(string code, string expected)
    {
        var text = IamErrorMessages.Describe(IamException.From(code, "raw message", "req-1"));

        text.Should().Match(expected).And.Contain("raw message").And.Contain("req-1");
    }

    [Fact]
    public void From_KnownCodes_BuildTypedExceptions()
    {
        IamException.From("NoSuchEntity", "x").Should().BeOfType<NoSuchEntityException>();
        IamException.From("ThrottlingException", "x").Should().BeOfType<ThrottlingException>();
        IamException.From("Whatever", "x").Code.Should().Be("Whatever");
    }

    [Fact]
    public void Describe_UnexpectedException_HidesInternals()
    {
        IamErrorMessages.Describe(new InvalidOperationException("stack secret")).Should().NotContain("stack secret");
    }
}
