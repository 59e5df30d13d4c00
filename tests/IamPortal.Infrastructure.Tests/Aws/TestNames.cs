namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>Unique names for things tests create, so runs against a shared endpoint never collide.</summary>
internal static class TestNames
{
    public static string Unique(string kind) => $"itest-{kind}-{Guid.NewGuid().ToString("N")[..10]}";

    public const string StrongPassword = "Itest-Passw0rd!-Long-Enough#2026";

    public const string AllowListBuckets = """
        {
          "Version": "2012-10-17",
          "Statement": [
            { "Sid": "ListMyBuckets", "Effect": "Allow", "Action": ["s3:ListAllMyBuckets", "s3:GetBucketLocation"], "Resource": "*" }
          ]
        }
        """;

    /// <summary>Spaces, '+', '&amp;', '%', '=', non-ASCII and newlines: everything URL encoding can get wrong.</summary>
    public const string TrickyDocument = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Sid\": \"Tricky\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\",\n    \"Resource\": \"arn:aws:s3:::bucket/a+b c&d=e%20f/caf\u00e9/*\"}]\n}";

    public const string ReadOnlyAccessArn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
}
