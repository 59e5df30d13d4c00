using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;
using IamPortal.Application.Iam;
using IamPortal.Application.Onboarding;

namespace IamPortal.Web.Tests.Features.Onboarding;

/// <summary>The wizard's service with the real validation rules over fixed options; Start records the request.</summary>
public sealed class FakeOnboardingService : IOnboardingService
{
    public OnboardingOptions Options { get; set; } = new(
        [new GroupOption("developers", "/", [new IamAttachedPolicy("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess")])],
        [new PolicyOption("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", null, true)],
        [new UserOption("existing.user", ["developers"])],
        new Application.Guardrails.Guardrails(),
        new IamPasswordPolicy(14, true, true, true, true));

    public List<OnboardingRequest> Started { get; } = [];

    public Task<OnboardingOptions> GetOptionsAsync(CancellationToken ct = default) => Task.FromResult(Options);

    public Task<IReadOnlyDictionary<string, string>> ValidateAsync(OnboardingRequest request, OnboardingStep? step = null, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(OnboardingValidator.Validate(request, step, Options,
            Options.FindUser(request.UserName)?.UserName));

    public Task<string> GeneratePasswordAsync(CancellationToken ct = default) => Task.FromResult(PasswordGenerator.Generate(Options.PasswordPolicy));

    public IReadOnlyList<OnboardingPlanStep> BuildPlan(OnboardingRequest request) => OnboardingPlanner.BuildPlan(request);

    public Task<CommandResult<OnboardingRun>> StartAsync(OnboardingRequest request, CancellationToken ct = default, IProgress<Job>? observer = null)
    {
        Started.Add(request);
        return Task.FromResult(CommandResult.Failed<OnboardingRun>("not in this test"));
    }

    public Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default) => Task.FromResult<Job?>(null);

    public Task<CommandResult<OnboardingRun>> RetryAsync(Guid jobId, CancellationToken ct = default) => throw new InvalidOperationException("not expected");

    public Task<CommandResult<OnboardingRun>> RollBackAsync(Guid jobId, CancellationToken ct = default) => throw new InvalidOperationException("not expected");
}
