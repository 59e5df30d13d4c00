using System.Globalization;
using System.Text;
using System.Text.Json;
using IamPortal.Sandbox.Auth;
using IamPortal.Sandbox.Organization;
using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Operations;

/// <summary>
/// AWS Organizations (AWSOrganizationsV20161128) DescribeOrganization and ListAccounts over the Sandbox's
/// organization. Only callers of the management account may call; without an organization every call answers
/// AWSOrganizationsNotInUseException. Errors use Organizations' JSON names and HTTP 400.
/// </summary>
public static class OrganizationsOperations
{
    public const int MaxPage = 20;

    public static readonly IReadOnlySet<string> Actions = new HashSet<string>(StringComparer.Ordinal) { "DescribeOrganization", "ListAccounts" };

    public static void Run(string action, JsonElement input, CallerIdentity caller, SandboxOrganization org, Utf8JsonWriter w)
    {
        if (!Actions.Contains(action)) throw new IamException("UnknownOperationException", $"The action {action} is not valid for this web service.", 400);
        if (!org.Enabled) throw new IamException("AWSOrganizationsNotInUseException", "Your account is not a member of an organization.", 400);
        if (!caller.Account.IsManagement) throw new IamException("AccessDeniedException", "You don't have permissions to access this resource.", 400);
        if (action == "DescribeOrganization") DescribeOrganization(org, w);
        else ListAccounts(input, org, w);
    }

    private static void DescribeOrganization(SandboxOrganization org, Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartObject("Organization");
        w.WriteString("Id", org.OrganizationId);
        w.WriteString("Arn", org.OrganizationArn);
        w.WriteString("FeatureSet", "ALL");
        w.WriteString("MasterAccountArn", org.AccountArn(org.Management));
        w.WriteString("MasterAccountId", org.Management.Id);
        w.WriteString("MasterAccountEmail", org.Management.Email);
        w.WriteStartArray("AvailablePolicyTypes");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void ListAccounts(JsonElement input, SandboxOrganization org, Utf8JsonWriter w)
    {
        var max = MaxPage;
        if (input.ValueKind == JsonValueKind.Object && input.TryGetProperty("MaxResults", out var m) && m.ValueKind != JsonValueKind.Null)
        {
            if (m.ValueKind != JsonValueKind.Number || !m.TryGetInt32(out max))
                throw new IamException("SerializationException", "MaxResults must be an integer.", 400);
            if (max is < 1 or > MaxPage)
                throw new IamException("InvalidInputException", $"You provided a value that does not match the required pattern: MaxResults must be between 1 and {MaxPage}.", 400);
        }
        var start = 0;
        if (input.ValueKind == JsonValueKind.Object && input.TryGetProperty("NextToken", out var t) && t.ValueKind == JsonValueKind.String)
            start = ParseToken(t.GetString()!, org);

        var accounts = org.Accounts;
        var end = Math.Min(accounts.Count, start + max);
        w.WriteStartObject();
        w.WriteStartArray("Accounts");
        for (var i = start; i < end; i++)
        {
            var a = accounts[i];
            w.WriteStartObject();
            w.WriteString("Id", a.Id);
            w.WriteString("Arn", org.AccountArn(a));
            w.WriteString("Email", a.Email);
            w.WriteString("Name", a.Name);
            w.WriteString("Status", a.Status);
            w.WriteString("State", a.Status);
            w.WriteString("JoinedMethod", a.IsManagement ? "INVITED" : "CREATED");
            w.WriteNumber("JoinedTimestamp", a.Joined.ToUnixTimeSeconds());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (end < accounts.Count) w.WriteString("NextToken", Token(end, org));
        w.WriteEndObject();
    }

    private static string Token(int offset, SandboxOrganization org) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"accounts|{org.OrganizationId}|{offset.ToString(CultureInfo.InvariantCulture)}"));

    private static int ParseToken(string token, SandboxOrganization org)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|');
            if (parts is ["accounts", var id, var n] && id == org.OrganizationId
                && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) && offset > 0 && offset < org.Accounts.Count)
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new IamException("InvalidInputException",
            "You specified an invalid value for nextToken. You must get the value from the response to a previous call to the API.", 400);
    }
}
