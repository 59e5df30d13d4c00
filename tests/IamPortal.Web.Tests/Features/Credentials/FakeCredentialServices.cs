using IamPortal.Application.Commands;
using IamPortal.Application.Credentials;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using GuardrailsRules = IamPortal.Application.Guardrails.Guardrails;

namespace IamPortal.Web.Tests.Features.Credentials;

/// <summary>Fakes of the credential services for bUnit: each records its calls and answers with what the test set.</summary>
public static class FakeCredentialServices
{
    /// <summary>Registers every fake (and the interfaces they stand for) in a bUnit context's services.</summary>
    public static IServiceCollection AddCredentialFakes(this IServiceCollection services)
    {
        services.AddSingleton<FakeAccessKeyService>().AddSingleton<IAccessKeyService>(sp => sp.GetRequiredService<FakeAccessKeyService>());
        services.AddSingleton<FakeConsoleAccessService>().AddSingleton<IConsoleAccessService>(sp => sp.GetRequiredService<FakeConsoleAccessService>());
        services.AddSingleton<FakeMfaService>().AddSingleton<IMfaService>(sp => sp.GetRequiredService<FakeMfaService>());
        services.AddSingleton<FakeKeyRotationService>().AddSingleton<IKeyRotationService>(sp => sp.GetRequiredService<FakeKeyRotationService>());
        services.AddSingleton<FakeUserTagsService>().AddSingleton<IUserTagsService>(sp => sp.GetRequiredService<FakeUserTagsService>());
        services.AddSingleton<FakeGuardrailsService>().AddSingleton<IGuardrailsService>(sp => sp.GetRequiredService<FakeGuardrailsService>());
        services.AddSingleton<JobProgress>();
        return services;
    }
}

public sealed class FakeAccessKeyService : IAccessKeyService
{
    public List<string> Calls { get; } = [];
    public CommandResult<IamNewAccessKey> CreateResult { get; set; } = CommandResult.Ok(
        new IamNewAccessKey("alice", "AKIACREATED000000003", IamAccessKeyStatus.Active, TestData.Now, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY"));

    public Task<CommandResult<IamNewAccessKey>> CreateAsync(string userName, CancellationToken ct = default)
    {
        Calls.Add($"Create {userName}");
        return Task.FromResult(CreateResult);
    }

    public Task<CommandResult> SetStatusAsync(string userName, string accessKeyId, IamAccessKeyStatus status, CancellationToken ct = default)
    {
        Calls.Add($"{status} {accessKeyId}");
        return Task.FromResult(CommandResult.Ok());
    }

    public Task<CommandResult> DeleteAsync(string userName, string accessKeyId, CancellationToken ct = default)
    {
        Calls.Add($"Delete {accessKeyId}");
        return Task.FromResult(CommandResult.Ok());
    }
}

public sealed class FakeConsoleAccessService : IConsoleAccessService
{
    public List<ConsolePasswordRequest> Requests { get; } = [];

    public Task<IamPasswordPolicy?> GetPasswordPolicyAsync(CancellationToken ct = default) => Task.FromResult<IamPasswordPolicy?>(new IamPasswordPolicy(14));

    public Task<CommandResult<ConsolePasswordIssued>> EnableAsync(ConsolePasswordRequest request, CancellationToken ct = default) => Issue(request);

    public Task<CommandResult<ConsolePasswordIssued>> ResetAsync(ConsolePasswordRequest request, CancellationToken ct = default) => Issue(request);

    public Task<CommandResult> DisableAsync(string userName, CancellationToken ct = default) => Task.FromResult(CommandResult.Ok());

    private Task<CommandResult<ConsolePasswordIssued>> Issue(ConsolePasswordRequest request)
    {
        Requests.Add(request);
        return Task.FromResult(request.Password is { Length: < 14 }
            ? CommandResult.Invalid<ConsolePasswordIssued>(CredentialFields.Password, "At least 14 characters.")
            : CommandResult.Ok(new ConsolePasswordIssued(request.UserName, request.Password ?? "Generated-Pass-1234", request.MustChange, request.Password is null)));
    }
}

public sealed class FakeMfaService : IMfaService
{
    public const string Seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    public List<string> Calls { get; } = [];

    public Task<CommandResult<VirtualMfaEnrolment>> BeginVirtualEnrolmentAsync(string userName, CancellationToken ct = default)
    {
        Calls.Add("Begin");
        return Task.FromResult(CommandResult.Ok(new VirtualMfaEnrolment(userName, $"arn:aws:iam::123456789012:mfa/{userName}-1", Seed,
            MfaService.OtpAuthUri("acme-prod", userName, Seed))));
    }

    public Task<CommandResult> CompleteVirtualEnrolmentAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default)
    {
        Calls.Add($"Complete {code1} {code2}");
        var errors = CredentialFields.ValidateCodes(code1, code2);
        return Task.FromResult<CommandResult>(errors.Count > 0 ? CommandResult.Invalid<bool>(errors) : CommandResult.Ok());
    }

    public Task<CommandResult> CancelVirtualEnrolmentAsync(string userName, string serialNumber, CancellationToken ct = default)
    {
        Calls.Add("Cancel");
        return Task.FromResult(CommandResult.Ok());
    }

    public Task<CommandResult> DeactivateAsync(string userName, string serialNumber, CancellationToken ct = default)
    {
        Calls.Add($"Deactivate {serialNumber}");
        return Task.FromResult(CommandResult.Ok());
    }

    public Task<CommandResult> ResyncAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default) =>
        Task.FromResult(CommandResult.Ok());
}

public sealed class FakeKeyRotationService : IKeyRotationService
{
    public Job? Current { get; set; }

    public Task<Job?> GetCurrentAsync(string userName, CancellationToken ct = default) => Task.FromResult(Current);

    public Task<CommandResult<KeyRotationProgress>> StartAsync(string userName, CancellationToken ct = default) => Answer();

    public Task<CommandResult<KeyRotationProgress>> CheckAsync(Guid jobId, CancellationToken ct = default) => Answer();

    public Task<CommandResult<KeyRotationProgress>> ContinueAsync(Guid jobId, CancellationToken ct = default) => Answer();

    public Task<CommandResult<KeyRotationProgress>> CancelAsync(Guid jobId, CancellationToken ct = default) => Answer();

    private Task<CommandResult<KeyRotationProgress>> Answer() =>
        Task.FromResult(Current is null ? CommandResult.Failed<KeyRotationProgress>("No rotation.") : CommandResult.Ok(new KeyRotationProgress(Current, null)));
}

public sealed class FakeUserTagsService : IUserTagsService
{
    public List<string> Calls { get; } = [];

    public Task<CommandResult<IReadOnlyList<IamTag>>> SetAsync(string userName, string key, string? value, string? originalKey = null, CancellationToken ct = default)
    {
        Calls.Add($"Set {key}={value}");
        return Task.FromResult(IamRules.ValidateTagKey(key) is { } error
            ? CommandResult.Invalid<IReadOnlyList<IamTag>>(CredentialFields.TagKey, error)
            : CommandResult.Ok<IReadOnlyList<IamTag>>([new IamTag(key, value ?? "")]));
    }

    public Task<CommandResult<IReadOnlyList<IamTag>>> RemoveAsync(string userName, string key, CancellationToken ct = default)
    {
        Calls.Add($"Remove {key}");
        return Task.FromResult(CommandResult.Ok<IReadOnlyList<IamTag>>([]));
    }
}

public sealed class FakeGuardrailsService : IGuardrailsService
{
    public GuardrailsRules Current { get; set; } = new();
    public List<GuardrailsRules> Saved { get; } = [];

    public Task<GuardrailsRules> GetAsync(CancellationToken ct = default) => Task.FromResult(Current);

    public Task<IReadOnlyDictionary<string, string>> SaveAsync(GuardrailsRules guardrails, CancellationToken ct = default)
    {
        var errors = GuardrailsService.Validate(guardrails);
        if (errors.Count == 0) Saved.Add(guardrails);
        return Task.FromResult<IReadOnlyDictionary<string, string>>(errors);
    }
}
