using System.Text.RegularExpressions;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Validation;

/// <summary>The shape of a Resource ARN: arn:partition:service:region:account:resource.</summary>
internal static partial class ArnChecks
{
    // A field that holds a wildcard or a policy variable can stand for anything: only literal fields are checked.
    private const string Variable = "\u0001";

    [GeneratedRegex(@"^([a-z]{2}|us-gov)-[a-z]+-[0-9]$")]
    private static partial Regex Region();

    [GeneratedRegex(@"^[0-9]{12}$")]
    private static partial Regex Account();

    private static readonly string[] Partitions = ["aws", "aws-cn", "aws-us-gov"];

    public static void Check(string value, JsonNode at, int statement, string element, FindingSink findings)
    {
        if (value == "*") return;
        var text = PolicyVariables.Replace(value, Variable);
        if (!text.StartsWith("arn:", StringComparison.Ordinal))
        {
            findings.Add(FindingLevel.Error, ValidationCodes.InvalidArn,
                $"\"{value}\" is not an ARN: a {element} is \"*\" or an ARN such as arn:aws:s3:::my-bucket/*.", at, statement, element);
            return;
        }
        var fields = text.Split(':', 6);
        if (fields.Length < 6 || fields[2].Length == 0 || fields[5].Length == 0)
        {
            findings.Add(FindingLevel.Error, ValidationCodes.MissingArnField,
                $"\"{value}\" is missing a field: an ARN has six, arn:partition:service:region:account:resource (region and account may be empty).", at, statement, element);
            return;
        }
        var (partition, service, region, account) = (fields[1], fields[2], fields[3], fields[4]);
        if (Literal(partition) && !Partitions.Contains(partition))
            findings.Add(FindingLevel.Error, ValidationCodes.InvalidArnPartition,
                $"\"{partition}\" is not an AWS partition: use aws, aws-cn or aws-us-gov.", at, statement, element);
        if (Literal(service) && service != service.ToLowerInvariant())
            findings.Add(FindingLevel.Error, ValidationCodes.InvalidArnServiceCase,
                $"The service \"{service}\" in an ARN is written in lower case (\"{service.ToLowerInvariant()}\"): this ARN matches nothing.", at, statement, element);
        if (Literal(region) && region.Length > 0 && !Region().IsMatch(region))
            findings.Add(FindingLevel.Error, ValidationCodes.InvalidArnRegion,
                $"\"{region}\" is not a region: use a region code such as eu-west-1, \"*\", or leave it empty.", at, statement, element);
        if (Literal(account) && account.Length > 0 && account != "aws" && !Account().IsMatch(account))
            findings.Add(FindingLevel.Error, ValidationCodes.InvalidArnAccount,
                $"\"{account}\" is not an account: use the 12-digit account ID, \"*\", or leave it empty.", at, statement, element);
    }

    private static bool Literal(string field) => !Wildcards.Has(field) && !field.Contains(Variable, StringComparison.Ordinal);
}
