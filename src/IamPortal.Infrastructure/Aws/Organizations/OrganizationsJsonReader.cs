using System.Globalization;
using System.Text.Json;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws.Organizations;

/// <summary>
/// Maps Organizations' JSON 1.1 answers into the portal's records: <c>DescribeOrganization</c>'s <c>Organization</c>,
/// <c>ListAccounts</c>' <c>Accounts</c> and <c>NextToken</c> (timestamps are epoch seconds, possibly fractional), and
/// errors (<c>__type</c> with an optional <c>namespace#</c> prefix, <c>message</c> or <c>Message</c>).
/// </summary>
internal static class OrganizationsJsonReader
{
    internal sealed record AccountsPage(IReadOnlyList<OrganizationAccount> Accounts, string? NextToken);

    internal sealed record Error(string Code, string? Message);

    public static OrganizationDescription Organization(string json)
    {
        using var document = Parse(json, "DescribeOrganization");
        var o = Required(document.RootElement, "Organization", "DescribeOrganization");
        return new OrganizationDescription(
            RequiredString(o, "Id", "DescribeOrganization"),
            RequiredString(o, "Arn", "DescribeOrganization"),
            RequiredString(o, "MasterAccountId", "DescribeOrganization"),
            String(o, "MasterAccountEmail"),
            String(o, "FeatureSet") ?? "ALL");
    }

    public static AccountsPage Accounts(string json)
    {
        using var document = Parse(json, "ListAccounts");
        var root = document.RootElement;
        var accounts = new List<OrganizationAccount>();
        if (root.TryGetProperty("Accounts", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in list.EnumerateArray())
            {
                accounts.Add(new OrganizationAccount(
                    RequiredString(a, "Id", "ListAccounts"),
                    RequiredString(a, "Arn", "ListAccounts"),
                    String(a, "Email") ?? "",
                    String(a, "Name") ?? "",
                    String(a, "Status") ?? String(a, "State") ?? "",
                    String(a, "State"),
                    String(a, "JoinedMethod"),
                    Timestamp(a, "JoinedTimestamp")));
            }
        }
        return new AccountsPage(accounts, String(root, "NextToken") is { Length: > 0 } token ? token : null);
    }

    /// <summary>The error in an Organizations answer, or null when the body is not a JSON error.</summary>
    public static Error? ReadError(string json, string? errorTypeHeader)
    {
        string? type = errorTypeHeader, message = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                type = String(document.RootElement, "__type") ?? String(document.RootElement, "code") ?? type;
                message = String(document.RootElement, "message") ?? String(document.RootElement, "Message");
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page): the status and the error-type header are all there is.
        }
        return type is null ? null : new Error(Code(type), message);
    }

    /// <summary>"com.amazonaws.organizations#AccessDeniedException" or "AccessDeniedException:http://…" → "AccessDeniedException".</summary>
    internal static string Code(string type)
    {
        var code = type[(type.LastIndexOf('#') + 1)..];
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? code[..colon] : code;
    }

    private static JsonDocument Parse(string json, string action)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new IamException(IamXmlReader.MalformedResponse, $"{action} returned a response that is not JSON.", inner: ex);
        }
    }

    private static JsonElement Required(JsonElement parent, string name, string action) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : throw new IamException(IamXmlReader.MalformedResponse, $"{action} returned no {name}.");

    private static string RequiredString(JsonElement parent, string name, string action) =>
        String(parent, name) is { Length: > 0 } value
            ? value
            : throw new IamException(IamXmlReader.MalformedResponse, $"{action} returned an item without its required {name}.");

    private static string? String(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Epoch seconds as a JSON number (the wire format); an ISO 8601 string is read too.</summary>
    private static DateTimeOffset? Timestamp(JsonElement parent, string name)
    {
        if (!parent.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number)
            return DateTimeOffset.UnixEpoch.AddTicks((long)Math.Round(value.GetDouble() * TimeSpan.TicksPerSecond));
        return value.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed : null;
    }
}
