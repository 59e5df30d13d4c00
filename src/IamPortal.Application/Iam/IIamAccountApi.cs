namespace IamPortal.Application.Iam;

/// <summary>The account: credential report, authorization details, summary, password policy, access advisor, aliases.</summary>
public interface IIamAccountApi
{
    Task<CredentialReportState> GenerateCredentialReportAsync(CancellationToken ct = default);
    /// <summary>GetCredentialReport, decoded. Throws ReportNotPresent / ReportExpired / ReportInProgress as IAM does.</summary>
    Task<IamCredentialReport> GetCredentialReportAsync(CancellationToken ct = default);
    Task<IamAccountAuthorizationDetails> GetAccountAuthorizationDetailsAsync(IReadOnlyCollection<AuthorizationDetailsFilter>? filters = null, CancellationToken ct = default);
    Task<IReadOnlyDictionary<string, long>> GetAccountSummaryAsync(CancellationToken ct = default);
    /// <summary>Null when the account has no custom password policy (IAM's NoSuchEntity).</summary>
    Task<IamPasswordPolicy?> GetAccountPasswordPolicyAsync(CancellationToken ct = default);
    Task UpdateAccountPasswordPolicyAsync(IamPasswordPolicy policy, CancellationToken ct = default);
    Task DeleteAccountPasswordPolicyAsync(CancellationToken ct = default);
    Task<string> GenerateServiceLastAccessedDetailsAsync(string arn, AccessAdvisorGranularity granularity = AccessAdvisorGranularity.ServiceLevel, CancellationToken ct = default);
    Task<IamServiceLastAccessedReport> GetServiceLastAccessedDetailsAsync(string jobId, CancellationToken ct = default);
    Task<IReadOnlyList<string>> ListAccountAliasesAsync(CancellationToken ct = default);
    Task CreateAccountAliasAsync(string alias, CancellationToken ct = default);
    Task DeleteAccountAliasAsync(string alias, CancellationToken ct = default);
}
