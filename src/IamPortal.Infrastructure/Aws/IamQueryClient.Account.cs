using System.Text;
using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

internal sealed partial class IamQueryClient
{
    public async Task<CredentialReportState> GenerateCredentialReportAsync(CancellationToken ct = default)
    {
        var result = await CallAsync(Q("GenerateCredentialReport"), ct).ConfigureAwait(false);
        return IamResponseMapper.ReportState(result.Str("State"));
    }

    public async Task<IamCredentialReport> GetCredentialReportAsync(CancellationToken ct = default)
    {
        var result = await CallAsync(Q("GetCredentialReport"), ct).ConfigureAwait(false);
        var csv = Encoding.UTF8.GetString(Convert.FromBase64String(result.Req("Content")));
        return new IamCredentialReport(csv, result.DateOrUnknown("GeneratedTime"));
    }

    public async Task<IamAccountAuthorizationDetails> GetAccountAuthorizationDetailsAsync(IReadOnlyCollection<AuthorizationDetailsFilter>? filters = null,
        CancellationToken ct = default)
    {
        var query = Q("GetAccountAuthorizationDetails").AddList("Filter", filters?.Select(FilterName));
        List<IamUserDetail> users = [];
        List<IamGroupDetail> groups = [];
        List<IamPolicyWithVersions> policies = [];
        await ForEachPageAsync(query, page =>
        {
            users.AddRange(page.Members("UserDetailList").Select(IamResponseMapper.UserDetail));
            groups.AddRange(page.Members("GroupDetailList").Select(IamResponseMapper.GroupDetail));
            policies.AddRange(page.Members("Policies").Select(IamResponseMapper.PolicyDetail));
        }, ct, _options.EffectiveAuthorizationDetailsPageSize).ConfigureAwait(false);
        return new IamAccountAuthorizationDetails(users, groups, policies);
    }

    public async Task<IReadOnlyDictionary<string, long>> GetAccountSummaryAsync(CancellationToken ct = default)
    {
        var result = await CallAsync(Q("GetAccountSummary"), ct).ConfigureAwait(false);
        var entries = result.Child("SummaryMap")?.Elements().Where(e => e.Name.LocalName == "entry") ?? [];
        return entries.ToDictionary(e => e.Req("key"), e => long.Parse(e.Req("value"), System.Globalization.CultureInfo.InvariantCulture));
    }

    public Task<IamPasswordPolicy?> GetAccountPasswordPolicyAsync(CancellationToken ct = default) =>
        NullWhenMissingAsync(async () =>
        {
            var result = await CallAsync(Q("GetAccountPasswordPolicy"), ct).ConfigureAwait(false);
            return IamResponseMapper.PasswordPolicy(result.ReqChild("PasswordPolicy"));
        });

    /// <summary>ExpirePasswords is not a parameter: IAM derives it from MaxPasswordAge.</summary>
    public Task UpdateAccountPasswordPolicyAsync(IamPasswordPolicy policy, CancellationToken ct = default) =>
        SendAsync(Q("UpdateAccountPasswordPolicy")
            .Add("MinimumPasswordLength", policy.MinimumPasswordLength)
            .Add("RequireSymbols", policy.RequireSymbols)
            .Add("RequireNumbers", policy.RequireNumbers)
            .Add("RequireUppercaseCharacters", policy.RequireUppercaseCharacters)
            .Add("RequireLowercaseCharacters", policy.RequireLowercaseCharacters)
            .Add("AllowUsersToChangePassword", policy.AllowUsersToChangePassword)
            .Add("MaxPasswordAge", policy.MaxPasswordAge)
            .Add("PasswordReusePrevention", policy.PasswordReusePrevention)
            .Add("HardExpiry", policy.HardExpiry), ct);

    public Task DeleteAccountPasswordPolicyAsync(CancellationToken ct = default) =>
        SendAsync(Q("DeleteAccountPasswordPolicy"), ct);

    public async Task<string> GenerateServiceLastAccessedDetailsAsync(string arn, AccessAdvisorGranularity granularity = AccessAdvisorGranularity.ServiceLevel,
        CancellationToken ct = default)
    {
        var query = Q("GenerateServiceLastAccessedDetails").Add("Arn", arn)
            .Add("Granularity", granularity == AccessAdvisorGranularity.ActionLevel ? "ACTION_LEVEL" : "SERVICE_LEVEL");
        var result = await CallAsync(query, ct).ConfigureAwait(false);
        return result.Req("JobId");
    }

    public async Task<IamServiceLastAccessedReport> GetServiceLastAccessedDetailsAsync(string jobId, CancellationToken ct = default)
    {
        var status = AccessAdvisorJobStatus.InProgress;
        string? error = null;
        List<IamServiceLastAccessed> services = [];
        await ForEachPageAsync(Q("GetServiceLastAccessedDetails").Add("JobId", jobId), page =>
        {
            status = IamResponseMapper.JobStatus(page.Str("JobStatus"));
            error ??= page.Child("Error")?.Str("Message");
            services.AddRange(page.Members("ServicesLastAccessed").Select(IamResponseMapper.ServiceLastAccessed));
        }, ct).ConfigureAwait(false);
        return new IamServiceLastAccessedReport(status, services, error);
    }

    public Task<IReadOnlyList<string>> ListAccountAliasesAsync(CancellationToken ct = default) =>
        ListAllAsync(Q("ListAccountAliases"), "AccountAliases", m => m.Value, ct);

    public Task CreateAccountAliasAsync(string alias, CancellationToken ct = default) =>
        SendAsync(Q("CreateAccountAlias").Add("AccountAlias", alias), ct);

    public Task DeleteAccountAliasAsync(string alias, CancellationToken ct = default) =>
        SendAsync(Q("DeleteAccountAlias").Add("AccountAlias", alias), ct);

    internal static string FilterName(AuthorizationDetailsFilter filter) => filter switch
    {
        AuthorizationDetailsFilter.User => "User",
        AuthorizationDetailsFilter.Group => "Group",
        AuthorizationDetailsFilter.Role => "Role",
        AuthorizationDetailsFilter.LocalManagedPolicy => "LocalManagedPolicy",
        AuthorizationDetailsFilter.AwsManagedPolicy => "AWSManagedPolicy",
        _ => throw new ArgumentOutOfRangeException(nameof(filter), filter, null),
    };
}
