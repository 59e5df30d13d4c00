using IamPortal.Application.Credentials;
using IamPortal.Application.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Credentials;

/// <summary>The access-key rotation assistant: the journaled job's steps and the button for the step it waits at.</summary>
public partial class KeyRotationPanel : IDisposable
{
    private Job? _job;
    private DateTimeOffset _shownSince = DateTimeOffset.MaxValue;

    /// <summary>How many access keys the user has now (a rotation starts from one).</summary>
    [Parameter] public int KeyCount { get; set; }

    [Inject] private IKeyRotationService Rotation { get; set; } = default!;
    [Inject] private JobProgress Progress { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private bool CanStart => KeyCount == 1;

    protected override async Task OnInitializedAsync()
    {
        // A rotation finished in an earlier visit is not shown again; one finished now stays visible.
        _shownSince = Clock.GetUtcNow();
        Progress.Changed += OnProgress;
        try { _job = await Rotation.GetCurrentAsync(UserName); }
        catch (Exception e) when (e is not OperationCanceledException) { Error = Application.Iam.IamErrorMessages.Describe(e); }
    }

    private void OnProgress(Job job)
    {
        if (job.Kind != KeyRotationSteps.JobKind || job.Id != _job?.Id) return;
        _job = job;
        _ = InvokeAsync(StateHasChanged);
    }

    private async Task StartAsync()
    {
        var result = await RunAsync(() => Rotation.StartAsync(UserName));
        if (result?.Value is not { } progress) return;
        _job = progress.Job;
        if (progress.NewKey is { } key)
            await SecretOnceDialog.ShowAsync(Dialogs, $"New access key for {UserName}",
                new SecretOnceDialog.SecretItem("Access key ID", key.AccessKeyId, "new-access-key-id"),
                new SecretOnceDialog.SecretItem("Secret access key", key.SecretAccessKey, "new-secret-access-key"));
        await OnChanged.InvokeAsync();
    }

    private async Task CheckAsync() => await ApplyAsync(await RunAsync(() => Rotation.CheckAsync(_job!.Id)));

    private async Task ContinueAsync(JobStep step)
    {
        if (step.Kind == KeyRotationSteps.DeleteOldKey
            && await ConfirmAsync("Delete the old access key?", $"{step.Description}. Anything still using it stops working; this cannot be undone.", "Delete key") != true)
            return;
        await ApplyAsync(await RunAsync(() => Rotation.ContinueAsync(_job!.Id)));
    }

    private async Task CancelAsync()
    {
        if (await ConfirmAsync("Stop the rotation?", "Both keys stay as they are now; you can start a new rotation later.", "Stop") != true) return;
        await ApplyAsync(await RunAsync(() => Rotation.CancelAsync(_job!.Id)));
    }

    private async Task ApplyAsync(CredentialResult<KeyRotationProgress>? result)
    {
        if (result?.Value is null) return;
        _job = result.Value.Job;
        await OnChanged.InvokeAsync();
    }

    private static string StateOf(JobStep step) => KeyRotationSteps.IsWaiting(step) ? "Waiting" : step.Status.ToString();

    private static string Label(JobStep step) => KeyRotationSteps.IsWaiting(step) ? "waiting" : step.Status switch
    {
        StepStatus.Succeeded => "done",
        StepStatus.Running => "in progress",
        StepStatus.Failed => "failed",
        StepStatus.Skipped => "skipped",
        _ => "not yet",
    };

    private static string Icon(JobStep step) => KeyRotationSteps.IsWaiting(step) ? Icons.Material.Filled.HourglassTop : step.Status switch
    {
        StepStatus.Succeeded => Icons.Material.Filled.CheckCircle,
        StepStatus.Running => Icons.Material.Filled.Autorenew,
        StepStatus.Failed => Icons.Material.Filled.Error,
        _ => Icons.Material.Outlined.Circle,
    };

    private static Color ColorOf(JobStep step) => KeyRotationSteps.IsWaiting(step) ? Color.Info : step.Status switch
    {
        StepStatus.Succeeded => Color.Success,
        StepStatus.Failed => Color.Error,
        _ => Color.Default,
    };

    public void Dispose() => Progress.Changed -= OnProgress;
}
