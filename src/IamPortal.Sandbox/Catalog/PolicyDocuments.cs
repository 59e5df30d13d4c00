namespace IamPortal.Sandbox.Catalog;

/// <summary>
/// Documents of the AWS managed policies in the catalogue. AdministratorAccess, PowerUserAccess,
/// IAMUserChangePassword, IAMReadOnlyAccess, IAMFullAccess and the S3/EC2 policies are the real documents;
/// ReadOnlyAccess, SecurityAudit, ViewOnlyAccess, Billing, DynamoDB, CloudWatch and billing read-only are
/// representative subsets of the real (very long) ones.
/// </summary>
internal static class PolicyDocuments
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

    public const string IamReadOnlyAccess = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GenerateCredentialReport","iam:GenerateServiceLastAccessedDetails","iam:Get*","iam:List*","iam:SimulateCustomPolicy","iam:SimulatePrincipalPolicy"],"Resource":"*"}]}
        """;

    public const string IamFullAccess = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*","organizations:DescribeAccount","organizations:DescribeOrganization","organizations:DescribeOrganizationalUnit","organizations:DescribePolicy","organizations:ListChildren","organizations:ListParents","organizations:ListPoliciesForTarget","organizations:ListRoots","organizations:ListPolicies","organizations:ListTargetsForPolicy"],"Resource":"*"}]}
        """;

    public const string AmazonS3ReadOnlyAccess = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:Get*","s3:List*","s3:Describe*","s3-object-lambda:Get*","s3-object-lambda:List*"],"Resource":"*"}]}
        """;

    public const string AmazonS3FullAccess = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*","s3-object-lambda:*"],"Resource":"*"}]}
        """;

    public const string AmazonEc2ReadOnlyAccess = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"},{"Effect":"Allow","Action":"elasticloadbalancing:Describe*","Resource":"*"},{"Effect":"Allow","Action":["cloudwatch:ListMetrics","cloudwatch:GetMetricStatistics","cloudwatch:Describe*"],"Resource":"*"},{"Effect":"Allow","Action":"autoscaling:Describe*","Resource":"*"}]}
        """;

    public const string AmazonEc2FullAccess = """
        {"Version":"2012-10-17","Statement":[{"Action":"ec2:*","Effect":"Allow","Resource":"*"},{"Effect":"Allow","Action":"elasticloadbalancing:*","Resource":"*"},{"Effect":"Allow","Action":"cloudwatch:*","Resource":"*"},{"Effect":"Allow","Action":"autoscaling:*","Resource":"*"},{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"*","Condition":{"StringEquals":{"iam:AWSServiceName":["autoscaling.amazonaws.com","ec2scheduled.amazonaws.com","elasticloadbalancing.amazonaws.com","spot.amazonaws.com","spotfleet.amazonaws.com","transitgateway.amazonaws.com"]}}}]}
        """;

    public const string AmazonDynamoDbReadOnlyAccess = """
        {"Version":"2012-10-17","Statement":[{"Action":["application-autoscaling:DescribeScalableTargets","application-autoscaling:DescribeScalingActivities","application-autoscaling:DescribeScalingPolicies","cloudwatch:DescribeAlarmHistory","cloudwatch:DescribeAlarms","cloudwatch:DescribeAlarmsForMetric","cloudwatch:GetMetricStatistics","cloudwatch:ListMetrics","cloudwatch:GetMetricData","datapipeline:DescribeObjects","datapipeline:DescribePipelines","datapipeline:GetPipelineDefinition","datapipeline:ListPipelines","datapipeline:QueryObjects","dynamodb:BatchGetItem","dynamodb:Describe*","dynamodb:List*","dynamodb:GetItem","dynamodb:GetResourcePolicy","dynamodb:Query","dynamodb:Scan","dynamodb:PartiQLSelect","dax:Describe*","dax:List*","dax:GetItem","dax:BatchGetItem","dax:Query","dax:Scan","ec2:DescribeVpcs","ec2:DescribeSubnets","ec2:DescribeSecurityGroups","iam:GetRole","iam:ListRoles","kms:DescribeKey","kms:ListAliases","sns:ListSubscriptionsByTopic","sns:ListTopics","lambda:ListFunctions","lambda:ListEventSourceMappings","lambda:GetFunctionConfiguration","resource-groups:ListGroups","resource-groups:ListGroupResources","resource-groups:GetGroup","resource-groups:GetGroupQuery","tag:GetResources","kinesis:ListStreams","kinesis:DescribeStream","kinesis:DescribeStreamSummary"],"Effect":"Allow","Resource":"*"},{"Action":"cloudwatch:GetInsightRuleReport","Effect":"Allow","Resource":"arn:aws:cloudwatch:*:*:insight-rule/DynamoDBContributorInsights*"}]}
        """;

    public const string CloudWatchReadOnlyAccess = """
        {"Version":"2012-10-17","Statement":[{"Sid":"CloudWatchReadOnlyAccessPermissions","Effect":"Allow","Action":["application-autoscaling:DescribeScalingPolicies","autoscaling:Describe*","cloudwatch:BatchGet*","cloudwatch:Describe*","cloudwatch:GenerateQuery","cloudwatch:Get*","cloudwatch:List*","logs:Get*","logs:List*","logs:StartQuery","logs:StopQuery","logs:Describe*","logs:TestMetricFilter","logs:FilterLogEvents","logs:StartLiveTail","logs:StopLiveTail","oam:ListSinks","sns:Get*","sns:List*","rum:BatchGet*","rum:Get*","rum:List*","synthetics:Describe*","synthetics:Get*","synthetics:List*","xray:BatchGet*","xray:Get*"],"Resource":"*"},{"Sid":"OAMReadPermissions","Effect":"Allow","Action":["oam:ListAttachedLinks"],"Resource":"arn:aws:oam:*:*:sink/*"}]}
        """;

    public const string AwsBillingReadOnlyAccess = """
        {"Version":"2012-10-17","Statement":[{"Sid":"VisualEditor0","Effect":"Allow","Action":["account:GetAccountInformation","aws-portal:ViewBilling","billing:GetBillingData","billing:GetBillingDetails","billing:GetBillingNotifications","billing:GetBillingPreferences","billing:GetContractInformation","billing:GetCredits","billing:GetIAMAccessPreference","billing:GetSellerOfRecord","billing:ListBillingViews","ce:DescribeNotificationSubscription","ce:DescribeReport","ce:GetAnomalies","ce:GetAnomalyMonitors","ce:GetAnomalySubscriptions","ce:GetCostAndUsage","ce:GetCostForecast","ce:GetTags","ce:GetUsageForecast","ce:ListCostAllocationTags","consolidatedbilling:GetAccountBillingRole","consolidatedbilling:ListLinkedAccounts","cur:GetClassicReport","cur:GetClassicReportPreferences","freetier:GetFreeTierAlertPreference","freetier:GetFreeTierUsage","invoicing:GetInvoiceEmailDeliveryPreferences","invoicing:GetInvoicePDF","invoicing:ListInvoiceSummaries","payments:GetPaymentInstrument","payments:GetPaymentStatus","payments:ListPaymentPreferences","tax:GetTaxInheritance","tax:GetTaxRegistrationDocument","tax:ListTaxRegistrations"],"Resource":"*"}]}
        """;

    public const string SecurityAudit = """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Resource":"*","Action":["access-analyzer:GetAnalyzer","access-analyzer:List*","acm:Describe*","acm:List*","cloudformation:DescribeStack*","cloudformation:GetTemplate","cloudformation:ListStack*","cloudfront:Get*","cloudfront:List*","cloudtrail:DescribeTrails","cloudtrail:GetEventSelectors","cloudtrail:GetTrail","cloudtrail:GetTrailStatus","cloudtrail:ListTags","cloudtrail:LookupEvents","cloudwatch:Describe*","config:Deliver*","config:Describe*","config:Get*","config:List*","dynamodb:DescribeTable","dynamodb:ListTables","ec2:Describe*","ec2:GetEbsEncryptionByDefault","ecr:DescribeRepositories","ecr:GetRepositoryPolicy","eks:DescribeCluster","eks:ListClusters","elasticloadbalancing:Describe*","guardduty:Get*","guardduty:List*","iam:GenerateCredentialReport","iam:GenerateServiceLastAccessedDetails","iam:Get*","iam:List*","iam:SimulateCustomPolicy","iam:SimulatePrincipalPolicy","kms:Describe*","kms:Get*","kms:List*","lambda:GetFunctionConfiguration","lambda:GetPolicy","lambda:List*","logs:Describe*","logs:ListTagsLogGroup","organizations:Describe*","organizations:List*","rds:Describe*","rds:ListTagsForResource","route53:Get*","route53:List*","s3:Describe*","s3:GetAccessPoint*","s3:GetAccountPublicAccessBlock","s3:GetBucket*","s3:GetEncryptionConfiguration","s3:GetLifecycleConfiguration","s3:ListAllMyBuckets","s3:ListBucket","secretsmanager:DescribeSecret","secretsmanager:ListSecrets","securityhub:Describe*","securityhub:Get*","securityhub:List*","sns:GetTopicAttributes","sns:ListTopics","sqs:GetQueueAttributes","sqs:ListQueues","ssm:Describe*","ssm:ListDocuments","sts:GetCallerIdentity","tag:GetResources"]}]}
        """;

    public const string ViewOnlyAccess = """
        {"Version":"2012-10-17","Statement":[{"Sid":"ViewOnlyActions","Effect":"Allow","Action":["acm:ListCertificates","athena:List*","autoscaling:Describe*","cloudformation:DescribeStacks","cloudformation:ListStacks","cloudfront:ListDistributions","cloudtrail:DescribeTrails","cloudwatch:Describe*","cloudwatch:List*","config:Describe*","dynamodb:DescribeTable","dynamodb:ListTables","ec2:Describe*","ecr:DescribeRepositories","ecs:List*","eks:ListClusters","elasticloadbalancing:Describe*","iam:GetAccountSummary","iam:GetLoginProfile","iam:List*","kms:ListKeys","lambda:List*","logs:Describe*","rds:Describe*","route53:List*","s3:ListAllMyBuckets","s3:ListBucket","s3:GetBucketLocation","sns:List*","sqs:ListQueues","ssm:Describe*","tag:Get*"],"Resource":"*"}]}
        """;

    public const string Billing = """
        {"Version":"2012-10-17","Statement":[{"Sid":"BillingPermissions","Effect":"Allow","Action":["account:GetAccountInformation","account:GetAlternateContact","account:GetContactInformation","account:PutAlternateContact","aws-portal:*Billing","aws-portal:*PaymentMethods","aws-portal:*Usage","billing:*","budgets:ModifyBudget","budgets:ViewBudget","ce:*","consolidatedbilling:*","cur:*","freetier:*","invoicing:*","payments:*","pricing:DescribeServices","purchase-orders:*","savingsplans:*","tax:*"],"Resource":"*"},{"Sid":"BillingReadOnlyPermissions","Effect":"Allow","Action":["cloudwatch:GetMetricStatistics","cloudwatch:ListMetrics","organizations:DescribeOrganization","organizations:ListAccounts"],"Resource":"*"}]}
        """;
}
