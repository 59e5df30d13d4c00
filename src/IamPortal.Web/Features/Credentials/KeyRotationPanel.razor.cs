using IamPortal.Application.Commands;
using IamPortal.Application.Credentials;
using IamPortal.Application.Jobs;
using Microsoft.AspNetCore.Components;
using IamPortal.Web.Components.Jobs;
using MudBlazor;

namespace IamPortal.Web.Features.Credentials;

/// <summary>The access-key rotation assistant: the journaled job's steps and the button for the step it waits at.</summary>
public partial class KeyRotationPanel
{
    private Job? _job;
    private DateTimeOffset _shownSince = DateTimeOffset.MaxValue;

    /// <summary>How many access keys the user has now (a rotation starts from one).</summary>
    [Parameter] public int KeyCount { get; set; }

    [Inject] private IKeyRotationService Rotation { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private bool CanStart => KeyCount == 1;

    protected override async Task OnInitializedAsync()
    {
        // A rotation finished in an earlier visit is not shown again; one finished now stays visible.
        _shownSince = Clock.GetUtcNow();
        var read = await CommandResult.CaptureAsync(() => Rotation.GetCurrentAsync(UserName));
        (_job, Error) = (read.Value, read.Error);
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

    private async Task ApplyAsync(CommandResult<KeyRotationProgress>? result)
    {
        if (result?.Value is null) return;
        _job = result.Value.Job;
        await OnChanged.InvokeAsync();
    }

    private static string StateOf(JobStep step) => step.Status.ToString();

    private static string Label(JobStep step) => step.Status switch
    {
        StepStatus.Succeeded => "done",
        StepStatus.Running => "in progress",
        StepStatus.Failed => "failed",
        StepStatus.Skipped => "skipped",
        StepStatus.Waiting => "waiting",
        _ => "not yet",
    };

    private static string Icon(JobStep step) => JobStatusDisplay.IconOf(step.Status);

    private static Color ColorOf(JobStep step) => JobStatusDisplay.ColorOf(step.Status);
}
