using IamPortal.Sandbox.Auth;
using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Organization;

/// <summary>Builds the event of a recorded request: the parameters without Action/Version and without anything secret.</summary>
public static class EventRecorder
{
    private static readonly string[] SecretWords = ["Password", "Secret", "PrivateKey", "SessionToken"];

    public static void Record(
        OrganizationAccount account, DateTimeOffset time, string action, CallerIdentity caller, string? sourceIdentity,
        string requestId, string? errorCode, QueryRequest q)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in q.Values)
        {
            if (name is "Action" or "Version") continue;
            if (SecretWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase))) continue;
            parameters[name] = value;
        }
        account.Events.Add(new SandboxEvent(time, account.Id, action, caller.Arn, caller.AccessKeyId, sourceIdentity, requestId, errorCode, parameters));
    }
}
