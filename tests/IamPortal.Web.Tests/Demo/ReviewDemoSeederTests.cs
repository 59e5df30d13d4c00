using IamPortal.Application.Reviews;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Sandbox;
using IamPortal.Sandbox.Seed;
using IamPortal.Web.Demo;
using IamPortal.Web.Tests.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Web.Tests.Demo;

/// <summary>The demo owners on a migrated SQLite database: assigned once, the contractors group's owner long gone.</summary>
public sealed class ReviewDemoSeederTests() : SandboxFlowTests("review-demo", new SandboxOptions { SeedUsers = 0 })
{
    [Fact]
    public async Task StartAsync_NoOwnersYet_AssignsTheDemoOwnersOnce()
    {
        await using var scope = Scope();
        var scopes = scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        var seeder = new ReviewDemoSeeder(scopes, Options.Create(new ReviewsOptions()), time, NullLogger<ReviewDemoSeeder>.Instance);
        var store = scope.ServiceProvider.GetRequiredService<IReviewStore>();

        await seeder.StartAsync(default);
        await store.SetOwnersAsync(SandboxAccount.AccountId, "engineering-developers", []);
        await seeder.StartAsync(default);

        var owners = await store.ListOwnersAsync(SandboxAccount.AccountId);
        owners.Should().NotContainKey("engineering-developers", "a second start changes nothing once owners exist");
        owners[ReviewSeedStory.OwnerLeftGroup].Should().Equal(ReviewDemoSeeder.FormerOwner);
        (await store.GetFallbackReviewerAsync(SandboxAccount.AccountId))!.Subject.Should().Be("dev-admin");
        var former = (await store.ListOperatorsAsync("casey", 10)).Should().ContainSingle().Subject;
        former.LastSignIn.Should().Be(time.GetUtcNow().AddDays(-200));
    }

    [Fact]
    public async Task StartAsync_TurnedOff_AssignsNothing()
    {
        await using var scope = Scope();
        var seeder = new ReviewDemoSeeder(scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new ReviewsOptions { SeedDemoOwners = false }), TimeProvider.System, NullLogger<ReviewDemoSeeder>.Instance);

        await seeder.StartAsync(default);

        (await scope.ServiceProvider.GetRequiredService<IReviewStore>().ListOwnersAsync(SandboxAccount.AccountId)).Should().BeEmpty();
    }
}
