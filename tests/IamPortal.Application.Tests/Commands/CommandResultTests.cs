using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Tests.Commands;

public class CommandResultTests
{
    [Fact]
    public async Task CaptureAsync_RoleRefusal_IsDeniedWithTheRolesMessage()
    {
        var result = await CommandResult.CaptureAsync(() => Task.FromException<int>(new PortalAccessDeniedException("delete a user", PortalRole.Auditor)));

        result.Status.Should().Be(CommandStatus.Denied);
        result.Error.Should().Contain("Auditor").And.Contain("delete a user");
    }

    [Fact]
    public async Task CaptureAsync_IamError_IsFailedInPlainWordsWithTheCode()
    {
        var result = await CommandResult.CaptureAsync(() => Task.FromException<int>(new NoSuchEntityException("The user with name x cannot be found.")));

        result.Status.Should().Be(CommandStatus.Failed);
        result.ErrorCode.Should().Be(IamErrorCodes.NoSuchEntity);
        result.Error.Should().StartWith("It no longer exists in IAM");
    }

    [Fact]
    public async Task CaptureAsync_CommandThatReturnsItsOwnResult_KeepsIt()
    {
        var invalid = await CommandResult.CaptureAsync(() => Task.FromResult(CommandResult.Invalid<int>("Name", "Say a name.")));

        invalid.Status.Should().Be(CommandStatus.Invalid);
        invalid.Errors.Should().Equal(new Dictionary<string, string> { ["Name"] = "Say a name." });
        invalid.Error.Should().BeNull("field errors are shown at their fields");
    }

    [Fact]
    public async Task CaptureAsync_Bug_IsNotSwallowed()
    {
        var run = () => CommandResult.CaptureAsync(() => Task.FromException<int>(new InvalidOperationException("a bug")));

        await run.Should().ThrowAsync<InvalidOperationException>("a bug belongs to the error boundary, not to a message");
    }
}
