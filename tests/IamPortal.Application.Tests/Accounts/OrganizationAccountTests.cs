using IamPortal.Application.Accounts;

namespace IamPortal.Application.Tests.Accounts;

public class OrganizationAccountTests
{
    private static OrganizationAccount Account(string status, string? state) =>
        new("111122223333", "arn:aws:organizations::999988887777:account/o-abc/111122223333", "a@example.com", "prod", status, state, "CREATED", null);

    [Theory]
    [InlineData("ACTIVE", null, true)]
    [InlineData("SUSPENDED", null, false)]
    [InlineData("PENDING_CLOSURE", null, false)]
    [InlineData("ACTIVE", "SUSPENDED", false)]
    [InlineData("ACTIVE", "CLOSED", false)]
    [InlineData("ACTIVE", "PENDING_ACTIVATION", false)]
    [InlineData("SUSPENDED", "ACTIVE", true)]
    public void IsActive_StatusAndState_StateWinsWhenPresent(string status, string? state, bool active) =>
        Account(status, state).IsActive.Should().Be(active);
}
