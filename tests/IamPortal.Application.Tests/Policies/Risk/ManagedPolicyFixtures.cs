namespace IamPortal.Application.Tests.Policies.Risk;

/// <summary>Real AWS managed policy documents, as the Sandbox's catalogue holds them (src/IamPortal.Sandbox/Catalog/PolicyDocuments.cs; ReadOnlyAccess is its representative subset).</summary>
internal static class ManagedPolicyFixtures
{
    public const string AdministratorAccess = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}
        """;

    public const string PowerUserAccess = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["iam:*","organizations:*","account:*"],"Resource":"*"},{"Effect":"Allow","Action":["account:GetAccountInformation","account:GetPrimaryEmail","account:ListRegions","iam:CreateServiceLinkedRole","iam:DeleteServiceLinkedRole","iam:ListRoles","organizations:DescribeOrganization"],"Resource":"*"}]}
        """;

    public const string ReadOnlyAccess = """
        {"Version":"2012-10-17","Statement":[{"Sid":"ReadOnlyActions","Effect":"Allow","Action":["acm:Describe*","acm:Get*","acm:List*","apigateway:GET","autoscaling:Describe*","cloudformation:Describe*","cloudformation:Get*","cloudformation:List*","cloudfront:Get*","cloudfront:List*","cloudtrail:Describe*","cloudtrail:Get*","cloudtrail:List*","cloudtrail:LookupEvents","cloudwatch:Describe*","cloudwatch:Get*","cloudwatch:List*","config:Describe*","config:Get*","config:List*","dynamodb:BatchGet*","dynamodb:Describe*","dynamodb:Get*","dynamodb:List*","dynamodb:Query","dynamodb:Scan","ec2:Describe*","ec2:Get*","ecr:BatchGet*","ecr:Describe*","ecr:Get*","ecr:List*","ecs:Describe*","ecs:List*","eks:Describe*","eks:List*","elasticloadbalancing:Describe*","iam:Generate*","iam:Get*","iam:List*","iam:Simulate*","kms:Describe*","kms:Get*","kms:List*","lambda:Get*","lambda:List*","logs:Describe*","logs:Get*","logs:FilterLogEvents","logs:StartQuery","logs:StopQuery","rds:Describe*","rds:List*","route53:Get*","route53:List*","s3:Describe*","s3:Get*","s3:List*","secretsmanager:Describe*","secretsmanager:List*","sns:Get*","sns:List*","sqs:Get*","sqs:List*","ssm:Describe*","ssm:Get*","ssm:List*","sts:GetCallerIdentity","tag:Get*"],"Resource":"*"}]}
        """;

    public const string IamUserChangePassword = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ChangePassword"],"Resource":["arn:aws:iam::*:user/${aws:username}"]},{"Effect":"Allow","Action":["iam:GetAccountPasswordPolicy"],"Resource":"*"}]}
        """;

    public const string IamFullAccess = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*","organizations:DescribeAccount","organizations:DescribeOrganization","organizations:DescribeOrganizationalUnit","organizations:DescribePolicy","organizations:ListChildren","organizations:ListParents","organizations:ListPoliciesForTarget","organizations:ListRoots","organizations:ListPolicies","organizations:ListTargetsForPolicy"],"Resource":"*"}]}
        """;

    /// <summary>A document of the given statements (see <see cref="Statement"/>).</summary>
    public static string Document(params string[] statements) =>
        $$"""{"Version":"2012-10-17","Statement":[{{string.Join(",", statements)}}]}""";

    /// <summary>One statement; <paramref name="actions"/> and <paramref name="resource"/> are JSON (a string or an array).</summary>
    public static string Statement(string actions, string resource = "\"*\"", string effect = "Allow", string? condition = null,
        string actionElement = "Action", string resourceElement = "Resource") =>
        $$"""{"Effect":"{{effect}}","{{actionElement}}":{{actions}},"{{resourceElement}}":{{resource}}{{(condition is null ? "" : ",\"Condition\":" + condition)}}}""";

    public static string Allow(string actions, string resource = "\"*\"") => Document(Statement(actions, resource));
}
