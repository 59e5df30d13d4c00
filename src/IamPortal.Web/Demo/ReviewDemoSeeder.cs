using IamPortal.Application.Reviews;
using IamPortal.Sandbox;
using IamPortal.Sandbox.Seed;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Demo;

/// <summary>
/// Demo mode only: group ownership is portal data, so the Sandbox's seed cannot carry it. When the demo account has no
/// owners yet, assigns owners to seeded groups (the Development personas "Dev Lead" and "Dev Admin", a data lead, a
/// finance lead, and one owner who left months ago and no longer signs in, whose group is the review story's
/// contractors group), and makes Dev Admin the fallback reviewer. The portal seeding its own demo data, not an operator's
/// action: written to the store directly, once. Off with <c>Reviews:SeedDemoOwners=false</c>.
/// </summary>
public sealed class ReviewDemoSeeder(IServiceScopeFactory scopes, IOptions<ReviewsOptions> options, TimeProvider time, ILogger<ReviewDemoSeeder> logger)
    : IHostedService
{
    private static readonly ReviewerIdentity DevLead = new("dev-lead", "dev.lead@localhost", "Dev Lead");
    private static readonly ReviewerIdentity DevAdmin = new("dev-admin", "dev.admin@localhost", "Dev Admin");
    private static readonly ReviewerIdentity DataLead = new("demo-data-lead", "head-of-data@example.com", "Dana Data");
    private static readonly ReviewerIdentity FinanceLead = new("demo-finance-lead", "cfo@example.com", "Felix Finance");
    /// <summary>Owned the contractors group, left the company: last signed in 200 days before the demo started.</summary>
    public static readonly ReviewerIdentity FormerOwner = new("demo-former-owner", "casey.former@example.com", "Casey Former");

    public static readonly (string Group, ReviewerIdentity[] Owners)[] Owners =
    [
        ("engineering-developers", [DevLead]),
        (ReviewSeedStory.InactiveGroup, [DevLead, FinanceLead]),
        (ReviewSeedStory.UnusedServicesGroup, [DevLead, DataLead]),
        ("data-analysts", [DataLead]),
        ("finance-analysts", [FinanceLead]),
        (ReviewSeedStory.OwnerLeftGroup, [FormerOwner]),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoOwners) return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<IReviewStore>();
            var account = SandboxAccount.AccountId;
            if ((await store.ListOwnersAsync(account, cancellationToken)).Count > 0) return;
            var now = time.GetUtcNow();
            foreach (var (group, owners) in Owners) await store.SetOwnersAsync(account, group, owners, cancellationToken);
            await store.SetFallbackReviewerAsync(account, DevAdmin, cancellationToken);
            await store.RecordSignInAsync(FormerOwner.Subject, FormerOwner.Email, FormerOwner.DisplayName, now.AddDays(-200), cancellationToken);
            foreach (var known in new[] { DataLead, FinanceLead })
                await store.RecordSignInAsync(known.Subject, known.Email, known.DisplayName, now.AddDays(-3), cancellationToken);
            logger.LogInformation("Demo mode: assigned owners to {Count} seeded groups for access reviews", Owners.Length);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Demo mode: could not assign the demo group owners; reviews work without them");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
