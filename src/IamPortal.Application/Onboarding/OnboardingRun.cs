using System.Globalization;
using CsvHelper;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// An onboarding job as it stands after a start, retry or rollback, and, once it succeeded, the new user's credentials,
/// held only in memory (the command's result: Commands.CommandResult).
/// </summary>
public sealed record OnboardingRun(Job Job, OnboardingCredentials? Credentials = null)
{
    public override string ToString() => $"OnboardingRun {{ Job = {Job.Id}, Status = {Job.Status}, Credentials = *** }}";
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
