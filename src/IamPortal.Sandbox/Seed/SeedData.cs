namespace IamPortal.Sandbox.Seed;

/// <summary>Names, departments, groups and customer managed policies of the seeded demo account.</summary>
internal static class SeedData
{
    public static readonly string[] FirstNames =
    [
        "james", "mary", "john", "patricia", "robert", "jennifer", "michael", "linda", "william", "elizabeth",
        "david", "barbara", "richard", "susan", "joseph", "jessica", "thomas", "sarah", "charles", "karen",
        "daniel", "nancy", "matthew", "lisa", "anthony", "betty", "mark", "margaret", "donald", "sandra",
        "steven", "ashley", "paul", "kimberly", "andrew", "emily", "joshua", "donna", "kenneth", "michelle",
        "kevin", "carol", "brian", "amanda", "george", "melissa", "timothy", "deborah", "ronald", "stephanie",
        "aisha", "mohammed", "wei", "yuki", "priya", "arjun", "sofia", "lucas", "amelie", "mateo",
        "fatima", "omar", "chen", "hana", "ingrid", "lars", "olga", "ivan", "chloe", "noah",
    ];

    public static readonly string[] LastNames =
    [
        "smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez",
        "hernandez", "lopez", "gonzalez", "wilson", "anderson", "thomas", "taylor", "moore", "jackson", "martin",
        "lee", "perez", "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis", "robinson",
        "walker", "young", "allen", "king", "wright", "scott", "torres", "nguyen", "hill", "flores",
        "green", "adams", "nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter", "roberts",
        "patel", "kumar", "singh", "tanaka", "sato", "kim", "park", "muller", "schmidt", "dubois",
        "rossi", "bianchi", "novak", "kowalski", "svensson", "johansson", "ivanov", "okafor", "mensah", "haddad",
        "cohen", "levi", "silva", "santos", "costa", "oliveira", "murphy", "obrien", "kelly", "walsh",
    ];

    public sealed record Department(string Name, string CostCenter, int Weight, string[] Groups, string Owner);

    public static readonly Department[] Departments =
    [
        new("Engineering", "CC-1100", 34, ["engineering-developers"], "cto@example.com"),
        new("Data", "CC-1200", 10, ["data-engineers", "data-analysts"], "head-of-data@example.com"),
        new("Security", "CC-1300", 5, ["security-engineers", "readonly-auditors"], "ciso@example.com"),
        new("Operations", "CC-1400", 9, ["operations-sre"], "vp-ops@example.com"),
        new("Finance", "CC-2100", 8, ["finance-analysts", "billing"], "cfo@example.com"),
        new("Sales", "CC-3100", 14, ["sales-team"], "vp-sales@example.com"),
        new("Marketing", "CC-3200", 9, ["marketing-analytics"], "cmo@example.com"),
        new("Support", "CC-4100", 11, ["support-agents"], "head-of-support@example.com"),
    ];

    public static readonly (string Service, string Region)[] KeyUsage =
    [
        ("s3", "us-east-1"), ("ec2", "us-east-1"), ("iam", "us-east-1"), ("sts", "us-east-1"), ("dynamodb", "eu-west-1"),
        ("lambda", "us-west-2"), ("cloudwatch", "us-east-1"), ("s3", "eu-west-1"), ("logs", "eu-central-1"), ("ecr", "us-east-2"),
    ];

    /// <summary>Customer managed policies: name, path, description, versions (last one is the default).</summary>
    public static readonly (string Name, string Path, string Description, string[] Versions)[] CustomerPolicies =
    [
        ("DeveloperS3Access", "/", "Read/write access to the application buckets",
        [
            Doc("""{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::app-*","arn:aws:s3:::app-*/*"]}"""),
            Doc("""{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject","s3:ListBucket"],"Resource":["arn:aws:s3:::app-*","arn:aws:s3:::app-*/*"]}"""),
            Doc("""{"Effect":"Allow","Action":["s3:GetObject","s3:PutObject","s3:DeleteObject","s3:ListBucket"],"Resource":["arn:aws:s3:::app-*","arn:aws:s3:::app-*/*"]}"""),
        ]),
        ("FinanceReportsReadOnly", "/", "Read the finance reports bucket and Cost Explorer",
        [Doc("""{"Effect":"Allow","Action":["s3:GetObject","s3:ListBucket","ce:GetCostAndUsage"],"Resource":"*"}""")]),
        ("DataLakeAnalyst", "/", "Query the data lake with Athena",
        [
            Doc("""{"Effect":"Allow","Action":["athena:StartQueryExecution","athena:GetQueryResults","s3:GetObject"],"Resource":"*"}"""),
            Doc("""{"Effect":"Allow","Action":["athena:StartQueryExecution","athena:GetQueryExecution","athena:GetQueryResults","glue:GetTable","glue:GetDatabase","s3:GetObject","s3:ListBucket"],"Resource":"*"}"""),
        ]),
        ("SupportTicketingAccess", "/", "Support agents: read logs and the ticket queue",
        [Doc("""{"Effect":"Allow","Action":["logs:FilterLogEvents","logs:GetLogEvents","sqs:ReceiveMessage","sqs:GetQueueAttributes"],"Resource":"*"}""")]),
        ("SelfManageMfa", "/", "Lets users manage their own virtual MFA device",
        [Doc("""{"Effect":"Allow","Action":["iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:ResyncMFADevice","iam:ListMFADevices"],"Resource":["arn:aws:iam::*:mfa/${aws:username}","arn:aws:iam::*:user/${aws:username}"]}""")]),
        ("DeveloperBoundary", "/boundaries/", "Permissions boundary for developers",
        [Doc("""{"Effect":"Allow","Action":["s3:*","dynamodb:*","lambda:*","logs:*","cloudwatch:*"],"Resource":"*"},{"Effect":"Deny","Action":["iam:*","organizations:*"],"Resource":"*"}""")]),
        ("CiDeployPolicy", "/automation/", "Deploy pipeline: push images, update services, pass the task role",
        [
            Doc("""{"Effect":"Allow","Action":["ecr:*","ecs:UpdateService","ecs:RegisterTaskDefinition"],"Resource":"*"}"""),
            Doc("""{"Effect":"Allow","Action":["ecr:*","ecs:UpdateService","ecs:RegisterTaskDefinition","iam:PassRole"],"Resource":"*"}"""),
        ]),
        ("BackupOperator", "/automation/", "Nightly backups to the vault bucket",
        [Doc("""{"Effect":"Allow","Action":["s3:PutObject","s3:GetObject","s3:ListBucket","dynamodb:CreateBackup","rds:CreateDBSnapshot"],"Resource":"*"}""")]),
        ("LegacyIamHelper", "/", "Old helper policy (grants iam:CreatePolicyVersion: privilege escalation risk)",
        [Doc("""{"Effect":"Allow","Action":["iam:CreatePolicyVersion","iam:SetDefaultPolicyVersion","iam:AttachUserPolicy","iam:ListPolicies"],"Resource":"*"}""")]),
    ];

    /// <summary>Groups and the managed policies attached to them.</summary>
    public static readonly (string Name, string Path, string[] Policies)[] Groups =
    [
        ("admins", "/", ["aws:AdministratorAccess"]),
        ("readonly-auditors", "/", ["aws:SecurityAudit", "aws:ReadOnlyAccess"]),
        ("billing", "/", ["aws:job-function/Billing"]),
        ("all-staff", "/", ["aws:IAMUserChangePassword", "local:SelfManageMfa"]),
        ("engineering-developers", "/engineering/", ["local:DeveloperS3Access", "aws:AmazonEC2ReadOnlyAccess", "aws:CloudWatchReadOnlyAccess"]),
        ("engineering-leads", "/engineering/", ["aws:PowerUserAccess"]),
        ("data-engineers", "/data/", ["local:DataLakeAnalyst", "aws:AmazonS3FullAccess", "aws:AmazonDynamoDBReadOnlyAccess"]),
        ("data-analysts", "/data/", ["local:DataLakeAnalyst", "aws:AmazonS3ReadOnlyAccess"]),
        ("security-engineers", "/", ["aws:SecurityAudit", "aws:IAMReadOnlyAccess"]),
        ("operations-sre", "/", ["aws:AmazonEC2FullAccess", "aws:CloudWatchReadOnlyAccess"]),
        ("finance-analysts", "/", ["aws:AWSBillingReadOnlyAccess", "local:FinanceReportsReadOnly"]),
        ("sales-team", "/", ["aws:job-function/ViewOnlyAccess"]),
        ("marketing-analytics", "/", ["aws:AmazonS3ReadOnlyAccess"]),
        ("support-agents", "/", ["local:SupportTicketingAccess", "aws:CloudWatchReadOnlyAccess"]),
    ];

    public static string Doc(string statements) => $$"""{"Version":"2012-10-17","Statement":[{{statements}}]}""";
}
