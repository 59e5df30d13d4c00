using System.Security.Cryptography;
using System.Text;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Catalog;

/// <summary>The AWS managed policies the sandbox knows (arn:aws:iam::aws:policy/...), with their documents.</summary>
public static class ManagedPolicyCatalog
{
    public sealed record Entry(string Name, string Path, string VersionId, string Description, string Document, DateTimeOffset Created, DateTimeOffset Updated);

    public const string AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess";
    public const string ReadOnlyAccess = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    public const string IamUserChangePassword = "arn:aws:iam::aws:policy/IAMUserChangePassword";

    public static string ArnOf(string name, string path = "/") => $"arn:aws:iam::aws:policy{path}{name}";

    public static IReadOnlyList<Entry> Entries { get; } = Build();

    public static void AddTo(IamState state)
    {
        foreach (var e in Entries)
        {
            state.AddPolicy(new PolicyEntity
            {
                Arn = ArnOf(e.Name, e.Path),
                PolicyName = e.Name,
                PolicyId = StableId(e.Name),
                Path = e.Path,
                Description = e.Description,
                CreateDate = e.Created,
                UpdateDate = e.Updated,
                DefaultVersionId = e.VersionId,
                IsAwsManaged = true,
                Versions = [new PolicyVersionEntity { VersionId = e.VersionId, Document = e.Document, CreateDate = e.Updated }],
            });
        }
    }

    private static string StableId(string name)
    {
        const string chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var sb = new StringBuilder("ANPA");
        for (var i = 0; i < 17; i++) sb.Append(chars[hash[i] % chars.Length]);
        return sb.ToString();
    }

    private static DateTimeOffset D(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static List<Entry> Build() =>
    [
        new("AdministratorAccess", "/", "v1", "Provides full access to AWS services and resources.",
            PolicyDocuments.AdministratorAccess, D("2015-02-06T18:39:46Z"), D("2015-02-06T18:39:46Z")),
        new("PowerUserAccess", "/", "v5", "Provides full access to AWS services and resources, but does not allow management of Users and groups.",
            PolicyDocuments.PowerUserAccess, D("2015-02-06T18:39:47Z"), D("2023-07-06T22:04:19Z")),
        new("ReadOnlyAccess", "/", "v118", "Provides read-only access to AWS services and resources.",
            PolicyDocuments.ReadOnlyAccess, D("2015-02-06T18:39:48Z"), D("2025-01-15T18:03:21Z")),
        new("IAMUserChangePassword", "/", "v2", "Provides the ability for an IAM user to change their own password.",
            PolicyDocuments.IamUserChangePassword, D("2016-11-15T00:25:16Z"), D("2016-11-15T23:18:55Z")),
        new("IAMReadOnlyAccess", "/", "v4", "Provides read only access to IAM via the AWS Management Console.",
            PolicyDocuments.IamReadOnlyAccess, D("2015-02-06T18:40:59Z"), D("2018-01-25T19:11:27Z")),
        new("IAMFullAccess", "/", "v2", "Provides full access to IAM via the AWS Management Console.",
            PolicyDocuments.IamFullAccess, D("2015-02-06T18:40:38Z"), D("2019-06-21T19:40:00Z")),
        new("AmazonS3ReadOnlyAccess", "/", "v3", "Provides read only access to all buckets via the AWS Management Console.",
            PolicyDocuments.AmazonS3ReadOnlyAccess, D("2015-02-06T18:40:59Z"), D("2023-08-10T21:31:39Z")),
        new("AmazonS3FullAccess", "/", "v2", "Provides full access to all buckets via the AWS Management Console.",
            PolicyDocuments.AmazonS3FullAccess, D("2015-02-06T18:40:58Z"), D("2021-09-27T20:16:37Z")),
        new("AmazonEC2ReadOnlyAccess", "/", "v2", "Provides read only access to Amazon EC2 via the AWS Management Console.",
            PolicyDocuments.AmazonEc2ReadOnlyAccess, D("2015-02-06T18:40:17Z"), D("2018-11-27T19:59:17Z")),
        new("AmazonEC2FullAccess", "/", "v5", "Provides full access to Amazon EC2 via the AWS Management Console.",
            PolicyDocuments.AmazonEc2FullAccess, D("2015-02-06T18:40:15Z"), D("2018-11-27T02:16:56Z")),
        new("AmazonDynamoDBReadOnlyAccess", "/", "v14", "Provides read only access to Amazon DynamoDB via the AWS Management Console.",
            PolicyDocuments.AmazonDynamoDbReadOnlyAccess, D("2015-02-06T18:40:12Z"), D("2024-01-23T19:01:49Z")),
        new("CloudWatchReadOnlyAccess", "/", "v19", "Provides read only access to CloudWatch.",
            PolicyDocuments.CloudWatchReadOnlyAccess, D("2015-02-06T18:40:58Z"), D("2024-07-01T18:45:51Z")),
        new("AWSBillingReadOnlyAccess", "/", "v9", "Allows users to view bills on the Billing Console.",
            PolicyDocuments.AwsBillingReadOnlyAccess, D("2021-10-27T21:34:35Z"), D("2024-08-30T19:57:32Z")),
        new("SecurityAudit", "/", "v45", "The security audit template grants access to read security configuration metadata.",
            PolicyDocuments.SecurityAudit, D("2015-02-06T18:41:01Z"), D("2024-11-20T17:35:55Z")),
        new("ViewOnlyAccess", "/job-function/", "v18", "This policy grants permissions to view resources and basic metadata across all AWS services.",
            PolicyDocuments.ViewOnlyAccess, D("2016-11-10T17:20:15Z"), D("2024-06-24T18:05:28Z")),
        new("Billing", "/job-function/", "v12", "Grants permissions for billing and cost management.",
            PolicyDocuments.Billing, D("2016-11-10T17:33:18Z"), D("2024-08-30T19:52:08Z")),
    ];
}
