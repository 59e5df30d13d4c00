using IamPortal.Application.Iam;

namespace IamPortal.Application.Users;

public interface IUserDetailService
{
    /// <summary>The user's page; null when IAM has no such user.</summary>
    Task<UserDetailView?> GetAsync(string userName, CancellationToken ct = default);
}
