using IamPortal.Application.Users;

namespace IamPortal.Web.Tests.Fakes;

public sealed class FakeUserDetailService : IUserDetailService
{
    public Dictionary<string, UserDetailView> Users { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Exception? Failure { get; set; }

    public Task<UserDetailView?> GetAsync(string userName, CancellationToken ct = default) =>
        Failure is not null
            ? Task.FromException<UserDetailView?>(Failure)
            : Task.FromResult(Users.GetValueOrDefault(userName));
}
