using System.Globalization;
using CsvHelper;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// The outcome of starting, retrying or rolling back an onboarding: the job (null when input was refused), field errors,
/// a general error, and, once the job succeeded, the new user's credentials, held only in memory.
/// </summary>
public sealed record OnboardingResult(Job? Job, IReadOnlyDictionary<string, string> Errors, OnboardingCredentials? Credentials = null, string? Error = null)
{
    public static OnboardingResult Refused(IReadOnlyDictionary<string, string> errors) => new(null, errors);

    public static OnboardingResult Failed(Job? job, string error) => new(job, new Dictionary<string, string>(), null, error);

    public bool Succeeded => Job?.Status == JobStatus.Succeeded;

    /// <summary>Refused because another onboarding of the name is running or unfinished: the page offers to open it.</summary>
    public JobConflict? Conflict { get; init; }

    public override string ToString() => $"OnboardingResult {{ Job = {Job?.Id}, Status = {Job?.Status}, Errors = {Errors.Count}, Credentials = *** }}";
}

/// <summary>
/// The new user's secrets, shown once on the credentials panel and downloadable as the console's CSV. Never stored,
/// logged or audited: the only copy is this object in the operator's circuit.
/// </summary>
public sealed record OnboardingCredentials(string UserName, string? Password, string? AccessKeyId, string? SecretAccessKey, string ConsoleSignInUrl)
{
    public static readonly IReadOnlyList<string> CsvHeaders = ["User name", "Password", "Access key ID", "Secret access key", "Console sign-in URL"];

    /// <summary>
    /// The CSV the AWS console offers after creating a user. Written with CsvHelper directly rather than CsvExport:
    /// its formula neutralising would prefix a secret that starts with + or - and so change the secret.
    /// </summary>
    public string ToCsv()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            foreach (var header in CsvHeaders) csv.WriteField(header);
            csv.EndRecord();
            foreach (var cell in new[] { UserName, Password ?? "", AccessKeyId ?? "", SecretAccessKey ?? "", ConsoleSignInUrl }) csv.WriteField(cell);
            csv.EndRecord();
        }
        return text.ToString();
    }

    public override string ToString() =>
        $"OnboardingCredentials {{ UserName = {UserName}, Password = ***, AccessKeyId = {AccessKeyId}, SecretAccessKey = ***, ConsoleSignInUrl = {ConsoleSignInUrl} }}";
}

public static class OnboardingJobState
{
    public const string Kind = "Onboarding";
    public const string RolledBackKey = "RolledBack";

    /// <summary>One onboarding of a name at a time: a failed one holds the name until it is retried to the end or rolled back.</summary>
    public static readonly JobScope Scope = new("onboarding", [Kind], j => j.CanResume && j.Data.GetValueOrDefault(RolledBackKey) != "true");

    /// <summary>What the job has created in IAM so far, in words, for the "what exists now" list after a failure.</summary>
    public static IReadOnlyList<string> WhatExists(Job job)
    {
        if (job.Data.GetValueOrDefault(RolledBackKey) == "true") return [];
        return job.Steps.Where(s => s.Status == StepStatus.Succeeded).Select(s => s.Kind switch
        {
            OnboardingStepKinds.CreateUser => $"The IAM user {job.Target}",
            OnboardingStepKinds.CreateLoginProfile => "Its console password",
            OnboardingStepKinds.CreateAccessKey => "Its access key",
            OnboardingStepKinds.AddUserToGroup => $"Membership of the group {s.Data.GetValueOrDefault("GroupName")}",
            OnboardingStepKinds.AttachUserPolicy => $"The policy {OnboardingPlanner.PolicyName(s.Data.GetValueOrDefault("PolicyArn") ?? "")} attached directly",
            _ => s.Description,
        }).ToList();
    }
}
