using IamPortal.Application.AccessAdvisor;
using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Findings;
using IamPortal.Application.Groups;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Notifications;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Organization;
using IamPortal.Application.PasswordPolicy;
using IamPortal.Application.Reviews;
using IamPortal.Application.Policies;
using IamPortal.Application.Policies.Catalog;
using IamPortal.Application.Policies.Effective;
using IamPortal.Application.Policies.Validation;
using IamPortal.Application.Trends;
using IamPortal.Application.Reports;
using IamPortal.Application.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application;

public static class DependencyInjection
{
    /// <summary>The Application's services. The host supplies the IAM area ports (IIamUsersApi, IIamCredentialsApi, ...), IStsClient, IAwsConnectionInfo and IOperatorContext.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Telemetry: the meters come from the host's IMeterFactory (README "Telemetry"); exporting them is the host's choice.
        services.AddMetrics();
        services.AddSingleton<InventoryTelemetry>();
        services.AddSingleton<JobTelemetry>();

        // Accounts: the accounts the portal manages, the one each scope acts on (the URL's, or background work's choice),
        // and how the IAM and STS clients reach it (ADR 0026).
        services.AddOptions<AccountsOptions>().Bind(configuration.GetSection(AccountsOptions.SectionName));
        services.AddSingleton<AccountInfoCache>();
        services.AddSingleton<IAccountDirectory, AccountDirectory>();
        services.TryAddScoped<IRequestedAccount, NoRequestedAccount>();
        services.AddScoped<AccountSelection>();
        services.TryAddScoped<Operators.OperatorOverride>();
        services.AddScoped<IAccountScopes, AccountScopes>();
        services.AddSingleton<EveryAccount>();
        services.AddScoped<IAccountDiscovery, OrganizationsAccountDiscovery>();
        services.AddScoped<IAccountStatusService, AccountStatusService>();
        services.AddScoped<IAccountService, AccountService>();
        services.AddScoped<ICurrentAccount, CurrentAccount>();
        services.AddScoped<IAwsTargetAccessor, AwsTargetAccessor>();

        // Reports: the credential report and the inactive-user dashboard (the archive and its sink come with AddPortalPersistence, ADR 0022).
        services.AddScoped<ICredentialReportService, CredentialReportService>();
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection(ReportsOptions.Section)); // archive retention
        services.AddScoped<IInactiveUsersService, InactiveUsersService>();

        // Inventory: one snapshot per account (keyed by account id), shared by every circuit.
        services.Configure<InventoryOptions>(configuration.GetSection(InventoryOptions.Section));
        services.AddSingleton<InventoryCache>();
        services.AddScoped<InventoryBuilder>();
        services.AddScoped<UserInventoryRowLoader>();
        services.AddScoped<IInventoryService, InventoryService>();
        services.AddScoped<IUserQueryService, UserQueryService>();

        // Audit: every mutation and refused attempt, against the operator.
        services.AddScoped<IAuditedOperations, AuditedOperations>();
        services.AddScoped<IAuditService, AuditService>();

        // Jobs: journaled multi-step work with live progress; guardrails for everything that changes users.
        services.AddSingleton<JobProgress>();
        services.Configure<JobLeaseOptions>(configuration.GetSection("Jobs"));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobLeaseOptions>>().Value);
        services.TryAddSingleton<IJobLeases, MemoryJobLeases>();
        services.AddSingleton(sp => new JobTargetGuard(sp.GetRequiredService<IJobStore>(), sp.GetRequiredService<IJobLeases>(), sp.GetRequiredService<JobLeaseOptions>()));
        services.AddScoped<JobRunner>();
        services.AddScoped<JobSecrets>();
        services.AddScoped<IGuardrailsService, GuardrailsService>();

        // Users: one user's page.
        services.AddScoped<IUserDetailService, UserDetailService>();

        // User lifecycle: each feature registers its own services.
        services.AddOnboarding();
        services.AddCredentials();
        services.AddOffboarding();

        // Policies: the action catalogue, the risk engine, the service summary; the validator behind the policy editor;
        // effective risk and change previews over the inventory; the policy pages' commands.
        services.AddPolicyAnalysis();
        services.AddPolicyValidation();
        services.AddEffectiveRisk();
        services.AddPolicies();

        // Groups: the group pages' reads and commands, deletion and "move to a group" as journaled jobs.
        services.AddGroups();

        // Notifications: review reminders by email and webhook, through an outbox (replaces any no-op IReviewNotifier).
        services.AddNotifications(configuration);

        // Auditors' side: the password policy against CIS / Security Hub; Access Advisor's least-privilege hints.
        services.AddPasswordPolicy();
        services.AddAccessAdvisor();

        // Access reviews: group owners, campaigns, decisions, evidence, the scheduler.
        services.AddReviews(configuration);
        services.AddTrends(configuration); // Trends and evidence: snapshots, comparison, attestation (ADR 0023)
        services.AddFindings(configuration);
        services.AddOrganization(); // Across accounts: overview, user search, whose key is this (issue 13)
        return services;
    }
}
