namespace IamPortal.Application.Policies.Risk;

/// <summary>The action lists of ../shared/POLICIES.md "Risk categories" and "Actions that return credentials" (names compare case-insensitively; patterns expand through the catalogue).</summary>
internal static class RiskActionLists
{
    public static IReadOnlyList<string> ReturnCredentials { get; } = Words("""
        codepipeline:pollforjobs cognito-idp:associatesoftwaretoken cognito-identity:getopenidtoken
        cognito-identity:getopenidtokenfordeveloperidentity cognito-identity:getcredentialsforidentity
        connect:getfederationtoken connect:getfederationtokens ecr:getauthorizationtoken gamelift:requestuploadcredentials
        iam:createaccesskey iam:createloginprofile iam:createservicespecificcredential iam:resetservicespecificcredential
        iam:updateaccesskey iot:assumerolewithcertificate lightsail:getinstanceaccessdetails
        lightsail:getrelationaldatabasemasteruserpassword mediapackage:rotateingestendpointcredentials rds-db:connect
        redshift:getclustercredentials sso:getrolecredentials sts:assumerole sts:assumerolewithsaml
        sts:assumerolewithwebidentity sts:getfederationtoken sts:getsessiontoken
        """);

    /// <summary>Actions that change who else may reach a resource: resource policies, ACLs, grants, sharing.</summary>
    public static IReadOnlyList<string> ChangeResourceSharing { get; } = Words("""
        s3:PutBucketPolicy s3:PutBucketAcl s3:PutObjectAcl s3:PutObjectVersionAcl s3:PutAccessPointPolicy
        s3:PutMultiRegionAccessPointPolicy s3:PutBucketPublicAccessBlock s3:PutAccountPublicAccessBlock
        kms:PutKeyPolicy kms:CreateGrant lambda:AddPermission lambda:AddLayerVersionPermission ram:*Share*
        sns:AddPermission sns:SetTopicAttributes sqs:AddPermission sqs:SetQueueAttributes secretsmanager:PutResourcePolicy
        ecr:SetRepositoryPolicy ecr-public:SetRepositoryPolicy glacier:SetVaultAccessPolicy elasticfilesystem:PutFileSystemPolicy
        ec2:ModifySnapshotAttribute ec2:ModifyImageAttribute rds:ModifyDBSnapshotAttribute rds:ModifyDBClusterSnapshotAttribute
        redshift:AuthorizeSnapshotAccess backup:PutBackupVaultAccessPolicy logs:PutResourcePolicy events:PutPermission
        glue:PutResourcePolicy apigateway:UpdateRestApiPolicy dynamodb:PutResourcePolicy kinesis:PutResourcePolicy
        ssm:ModifyDocumentPermission codeartifact:PutDomainPermissionsPolicy codeartifact:PutRepositoryPermissionsPolicy
        """);

    /// <summary>Actions that read data out of the account.</summary>
    public static IReadOnlyList<string> ReadData { get; } = Words("""
        s3:GetObject ssm:GetParameter ssm:GetParameters ssm:GetParametersByPath secretsmanager:GetSecretValue
        """);

    private static List<string> Words(string text) => [.. text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)];
}
