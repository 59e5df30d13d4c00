using IamPortal.Application.Commands;
using IamPortal.Web.Components.Jobs;
using IamPortal.Application.Jobs;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Onboarding;

/// <summary>
/// The onboarding wizard: four input steps validated as the operator types (Next stays disabled until the step is
/// valid), a review of the plan with its AWS CLI equivalent, and the journaled job with live progress, retry and rollback.
/// </summary>
public partial class OnboardingPage
{
    private const int ReviewIndex = 4;
    private const int CreateIndex = 5;
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    private readonly Dictionary<OnboardingStep, IReadOnlyDictionary<string, string>> _errors = [];
    private readonly Dictionary<OnboardingStep, int> _validationVersion = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private MudStepper? _stepper;
    private OnboardingOptions? _options;
    private OnboardingDraft? _draft;
    private OnboardingRequest? _request;
    private IReadOnlyList<OnboardingPlanStep> _plan = [];
    private CommandResult<OnboardingRun>? _result;
    private LiveJobs? _live;
    private Job? _job;
    private JobConflict? _conflict;
    private string? _loadError;
    private string? _alert;
    private bool _canOnboard;
    private bool _started;
    private bool _busy;
    private int _activeIndex;

    /// <summary>An onboarding job to open (the one that holds a name another start was refused for).</summary>
    [SupplyParameterFromQuery(Name = "job")] public Guid? JobId { get; set; }

    [Inject] private IOnboardingService Onboarding { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;

    private bool CanGoNext => _activeIndex < ReviewIndex && IsValid((OnboardingStep)_activeIndex);
    private bool AllValid => Enum.GetValues<OnboardingStep>().All(IsValid);

    protected override async Task OnInitializedAsync()
    {
        _breadcrumbs =
        [
            new BreadcrumbItem("Users", href: "users", icon: Icons.Material.Filled.People),
            new BreadcrumbItem("Onboard a user", href: null),
        ];
        _canOnboard = OperatorContext.Can(Permission.ManageUsers);
        if (!_canOnboard) return;
        await LoadAsync();
        if (JobId is { } id) await OpenJobAsync(id);
    }

    private async Task OpenJobAsync(Guid id)
    {
        var read = await CommandResult.CaptureAsync(() => Onboarding.GetJobAsync(id));
        _job = read.Value;
        if (_job is null)
        {
            _alert = read.Error ?? "There is no such onboarding job.";
            return;
        }
        (_started, _activeIndex) = (true, CreateIndex);
    }

    private async Task LoadAsync()
    {
        var read = await CommandResult.CaptureAsync(async () =>
        {
            var options = await Onboarding.GetOptionsAsync();
            var draft = OnboardingDraft.For(options);
            foreach (var step in Enum.GetValues<OnboardingStep>()) _errors[step] = await Onboarding.ValidateAsync(draft.ToRequest(), step);
            return (options, draft);
        });
        (_options, _draft, _loadError) = (read.Value.options, read.Value.draft, read.Error);
    }

    private IReadOnlyDictionary<string, string> ErrorsOf(OnboardingStep step) => _errors.GetValueOrDefault(step) ?? NoErrors;

    private bool IsValid(OnboardingStep step) => _errors.TryGetValue(step, out var errors) && errors.Count == 0;

    private async Task OnChangedAsync(OnboardingStep step)
    {
        // Validations overlap while the operator types (some ask IAM); only the latest edit's result may land.
        var version = _validationVersion[step] = _validationVersion.GetValueOrDefault(step) + 1;
        var validated = await CommandResult.CaptureAsync(() => Onboarding.ValidateAsync(_draft!.ToRequest(), step));
        if (!validated.Succeeded) _alert = validated.Error;
        else if (version == _validationVersion[step]) _errors[step] = validated.Value!;
    }

    private async Task NextAsync()
    {
        if (_stepper is null || !CanGoNext) return;
        await _stepper.NextStepAsync();
    }

    private async Task BackAsync()
    {
        if (_stepper is not null && _activeIndex > 0) await _stepper.PreviousStepAsync();
    }

    private Task OnActiveIndexChangedAsync(int index)
    {
        _activeIndex = index;
        if (index == ReviewIndex && _draft is not null)
        {
            _request = _draft.ToRequest();
            _plan = Onboarding.BuildPlan(_request);
        }
        return Task.CompletedTask;
    }

    /// <summary>Stops moving ahead past an invalid step (header clicks included) and any move once creation started.</summary>
    private Task OnPreviewInteractionAsync(StepperInteractionEventArgs args)
    {
        if (_started && args.StepIndex != CreateIndex) args.Cancel = true;
        else if (args.StepIndex > _activeIndex && Enumerable.Range(0, Math.Min(args.StepIndex, ReviewIndex)).Any(i => !IsValid((OnboardingStep)i)))
            args.Cancel = true;
        return Task.CompletedTask;
    }

    private async Task CreateAsync()
    {
        if (_draft is null || _stepper is null || !AllValid) return;
        _request = _draft.ToRequest();
        await _stepper.NextStepAsync();
        (_started, _busy, _alert) = (true, true, null);
        await RunAsync(() => Onboarding.StartAsync(_request, observer: _live?.Own()));
        if (_result is { Value: null, Conflict: { } conflict })
        {
            // Another tab or operator holds the name: back to the review, with the way to that job.
            (_started, _conflict, _alert) = (false, conflict, conflict.Message);
            await _stepper.PreviousStepAsync();
        }
        else if (_result is { Value: null, Errors.Count: > 0 })
        {
            // Refused at the last check (e.g. someone took the name meanwhile): back to the fields.
            _draft.TouchAll(_result.Errors.Keys);
            foreach (var step in Enum.GetValues<OnboardingStep>()) _errors[step] = await Onboarding.ValidateAsync(_draft.ToRequest(), step);
            _started = false;
            _alert = "Nothing was created: " + string.Join(" ", _result.Errors.Values);
        }
    }

    private Task RetryAsync() => _job is null ? Task.CompletedTask : RunAsync(() => Onboarding.RetryAsync(_job.Id));

    private Task RollBackAsync() => _job is null ? Task.CompletedTask : RunAsync(() => Onboarding.RollBackAsync(_job.Id));

    private async Task RunAsync(Func<Task<CommandResult<OnboardingRun>>> command)
    {
        _busy = true;
        _result = await CommandResult.CaptureAsync(command);
        _job = _result.Value?.Job ?? _job;
        // Nothing ran (IAM or the role refused before the job): say so above the wizard.
        if (_result is { Value: null, Conflict: null, Errors.Count: 0, Error: { } error }) _alert = error;
        _busy = false;
    }
}
