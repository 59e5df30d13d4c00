using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Tests.Policies.Validation;

/// <summary>A hand-made catalogue of a few s3 and iam actions, enough for the validator's data-driven checks.</summary>
public sealed class TinyCatalog : IActionCatalog
{
    private static readonly CatalogService S3 = new("s3", "Amazon S3",
        [
            new("s3", "GetObject", AccessLevel.Read, ["object"], ["object"], ["s3:ExistingObjectTag/${TagKey}", "s3:VersionId"]),
            new("s3", "ListBucket", AccessLevel.List, ["bucket"], ["bucket"], ["s3:prefix", "s3:delimiter"]),
            new("s3", "ListAllMyBuckets", AccessLevel.List, [], [], []),
            new("s3", "PutObject", AccessLevel.Write, ["object"], ["object"], ["s3:x-amz-acl"]),
        ],
        [new("bucket", "arn:${Partition}:s3:::${BucketName}"), new("object", "arn:${Partition}:s3:::${BucketName}/${ObjectName}")],
        ["s3:ExistingObjectTag/${TagKey}", "s3:VersionId", "s3:prefix", "s3:delimiter", "s3:x-amz-acl"]);

    private static readonly CatalogService Iam = new("iam", "AWS Identity and Access Management (IAM)",
        [
            new("iam", "PassRole", AccessLevel.Write, ["role"], ["role"], ["iam:PassedToService", "iam:AssociatedResourceArn"]),
            new("iam", "GetUser", AccessLevel.Read, ["user"], ["user"], []),
            new("iam", "ChangePassword", AccessLevel.Write, ["user"], ["user"], []),
        ],
        [new("role", "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}"), new("user", "arn:${Partition}:iam::${Account}:user/${UserNameWithPath}")],
        ["iam:PassedToService", "iam:AssociatedResourceArn"]);

    public IReadOnlyCollection<CatalogService> Services { get; } = [S3, Iam];

    public CatalogService? FindService(string prefix) =>
        Services.FirstOrDefault(s => string.Equals(s.Prefix, prefix, StringComparison.OrdinalIgnoreCase));

    public CatalogAction? FindAction(string fullName) =>
        Services.SelectMany(s => s.Actions).FirstOrDefault(a => string.Equals(a.FullName, fullName, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<CatalogAction> Expand(string pattern)
    {
        var regex = new System.Text.RegularExpressions.Regex(
            "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return [.. Services.SelectMany(s => s.Actions).Where(a => regex.IsMatch(a.FullName))];
    }
}
