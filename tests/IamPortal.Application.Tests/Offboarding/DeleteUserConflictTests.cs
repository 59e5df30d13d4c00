using IamPortal.Application.Offboarding;

namespace IamPortal.Application.Tests.Offboarding;

public class DeleteUserConflictTests
{
    [Theory]
    [InlineData("Cannot delete entity, must delete login profile first.", "it still has a console password (login profile)")]
    [InlineData("Cannot delete entity, must delete access keys first.", "it still has access keys")]
    [InlineData("Cannot delete entity, must delete signing certificates first.", "it still has signing certificates")]
    [InlineData("Cannot delete entity, must delete SSH public keys first.", "it still has SSH public keys")]
    [InlineData("Cannot delete entity, must delete service specific credentials first.", "it still has service-specific credentials")]
    [InlineData("Cannot delete entity, must delete MFA device first.", "it still has an MFA device")]
    [InlineData("Cannot delete entity, must delete policies first.", "it still has inline policies")]
    [InlineData("Cannot delete entity, must detach all policies first.", "it still has attached managed policies")]
    [InlineData("Cannot delete entity, must remove user from all groups first.", "it still has group memberships")]
    [InlineData("Something else entirely.", "something is still attached to it")]
    public void Describe_IamsMessage_SaysWhatIsStillAttachedAndKeepsIamsWords(string iamMessage, string plain)
    {
        var text = DeleteUserConflict.Describe("leaver", iamMessage);

        text.Should().StartWith($"IAM will not delete leaver yet: {plain}.").And.Contain("then resume").And.EndWith($"IAM says: {iamMessage}");
    }
}
