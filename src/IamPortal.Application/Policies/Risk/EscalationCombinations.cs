namespace IamPortal.Application.Policies.Risk;

/// <summary>
/// The known privilege-escalation paths of ../shared/POLICIES.md (Rhino Security Labs' research, cloudsplaining, Prowler),
/// one combination per line: every action of a line allowed = a path. An item may be a pattern ("iam:Put*"): then every
/// catalogued action it names must be allowed.
/// </summary>
internal static class EscalationCombinations
{
    public static IReadOnlyList<IReadOnlyList<string>> All { get; } = Parse("""
        iam:*
        iam:Put*
        iam:CreatePolicyVersion
        iam:SetDefaultPolicyVersion
        iam:CreateAccessKey
        iam:CreateLoginProfile
        iam:UpdateLoginProfile
        iam:AttachUserPolicy
        iam:AttachGroupPolicy
        iam:AttachRolePolicy
        iam:PutGroupPolicy
        iam:PutRolePolicy
        iam:PutUserPolicy
        iam:AddUserToGroup
        iam:UpdateAssumeRolePolicy
        iam:CreateAccessKey + iam:DeleteAccessKey
        iam:AttachUserPolicy + iam:CreateAccessKey
        iam:CreateAccessKey + iam:PutUserPolicy
        iam:AttachRolePolicy + iam:UpdateAssumeRolePolicy
        iam:CreatePolicyVersion + iam:UpdateAssumeRolePolicy
        iam:PutRolePolicy + iam:UpdateAssumeRolePolicy
        iam:AttachRolePolicy + sts:AssumeRole
        iam:PutRolePolicy + sts:AssumeRole
        iam:UpdateAssumeRolePolicy + sts:AssumeRole
        iam:CreatePolicyVersion + sts:AssumeRole
        ec2:RunInstances + iam:PassRole
        ec2:RequestSpotInstances + iam:PassRole
        ec2:ModifyInstanceAttribute + ec2:StartInstances + ec2:StopInstances
        ec2:CreateLaunchTemplateVersion + ec2:ModifyLaunchTemplate
        ec2-instance-connect:SendSSHPublicKey + ec2:DescribeInstances
        iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction
        iam:PassRole + lambda:CreateEventSourceMapping + lambda:CreateFunction
        dynamodb:CreateTable + dynamodb:PutItem + iam:PassRole + lambda:CreateEventSourceMapping + lambda:CreateFunction
        iam:PassRole + lambda:AddPermission + lambda:CreateFunction
        lambda:UpdateFunctionCode
        lambda:UpdateFunctionConfiguration
        lambda:InvokeFunction + lambda:UpdateFunctionCode
        lambda:AddPermission + lambda:UpdateFunctionCode
        glue:CreateDevEndpoint + iam:PassRole
        glue:UpdateDevEndpoint
        glue:CreateJob + glue:StartJobRun + iam:PassRole
        glue:CreateJob + glue:CreateTrigger + iam:PassRole
        glue:StartJobRun + glue:UpdateJob + iam:PassRole
        glue:CreateTrigger + glue:UpdateJob + iam:PassRole
        cloudformation:CreateStack + iam:PassRole
        cloudformation:UpdateStack
        cloudformation:CreateStackInstances + cloudformation:CreateStackSet + iam:PassRole
        cloudformation:UpdateStackSet + iam:PassRole
        cloudformation:CreateChangeSet + cloudformation:ExecuteChangeSet
        datapipeline:ActivatePipeline + datapipeline:CreatePipeline + datapipeline:PutPipelineDefinition + iam:PassRole
        codestar:CreateProject + iam:PassRole
        codebuild:CreateProject + codebuild:StartBuild + iam:PassRole
        codebuild:CreateProject + codebuild:StartBuildBatch + iam:PassRole
        codebuild:StartBuild
        codebuild:StartBuildBatch
        autoscaling:CreateAutoScalingGroup + autoscaling:CreateLaunchConfiguration + iam:PassRole
        autoscaling:CreateLaunchConfiguration + autoscaling:UpdateAutoScalingGroup + iam:PassRole
        ecs:CreateService + ecs:RegisterTaskDefinition + iam:PassRole
        ecs:RegisterTaskDefinition + ecs:RunTask + iam:PassRole
        ecs:RegisterTaskDefinition + ecs:StartTask + iam:PassRole
        ecs:DeregisterContainerInstance + ecs:RegisterContainerInstance + ecs:StartTask + iam:PassRole
        ecs:RunTask + iam:PassRole
        ecs:DescribeTasks + ecs:ExecuteCommand
        iam:PassRole + sagemaker:CreateNotebookInstance
        iam:PassRole + sagemaker:CreateTrainingJob
        iam:PassRole + sagemaker:CreateProcessingJob
        sagemaker:CreatePresignedNotebookInstanceUrl
        sagemaker:CreateNotebookInstanceLifecycleConfig + sagemaker:StartNotebookInstance + sagemaker:StopNotebookInstance + sagemaker:UpdateNotebookInstance
        ssm:StartSession
        ssm:SendCommand
        apprunner:CreateService + iam:PassRole
        apprunner:UpdateService
        bedrock-agentcore:CreateCodeInterpreter + bedrock-agentcore:InvokeCodeInterpreter + bedrock-agentcore:StartCodeInterpreterSession + iam:PassRole
        bedrock-agentcore:InvokeCodeInterpreter + bedrock-agentcore:StartCodeInterpreterSession
        bedrock-agentcore:InvokeAgentRuntimeCommand
        bedrock-agentcore:CreateAgentRuntime + bedrock-agentcore:CreateAgentRuntimeEndpoint + bedrock-agentcore:CreateWorkloadIdentity + bedrock-agentcore:InvokeAgentRuntimeCommand + iam:PassRole
        bedrock-agentcore:CreateAgentRuntime + bedrock-agentcore:CreateAgentRuntimeEndpoint + bedrock-agentcore:CreateHarness + bedrock-agentcore:CreateWorkloadIdentity + bedrock-agentcore:GetAgentRuntime + bedrock-agentcore:InvokeAgentRuntimeCommand + iam:PassRole
        bedrock-agentcore:ConnectBrowserAutomationStream + bedrock-agentcore:StartBrowserSession
        bedrock-agentcore:ConnectBrowserAutomationStream + bedrock-agentcore:CreateBrowser + bedrock-agentcore:StartBrowserSession + iam:PassRole
        batch:RegisterJobDefinition + batch:SubmitJob + iam:PassRole
        batch:SubmitJob
        braket:CreateJob + iam:PassRole
        codedeploy:CreateDeployment + codedeploy:GetDeploymentConfig + codedeploy:RegisterApplicationRevision
        cognito-identity:SetIdentityPoolRoles + iam:PassRole
        ecs:StartTask + iam:PassRole
        elasticmapreduce:RunJobFlow + iam:PassRole
        emr-serverless:CreateApplication + emr-serverless:StartJobRun + iam:PassRole
        gamelift:CreateBuild + gamelift:CreateFleet + gamelift:RequestUploadCredentials + iam:PassRole
        glue:CreateSession + glue:RunStatement + iam:PassRole
        iam:PassRole + imagebuilder:CreateComponent + imagebuilder:CreateImage + imagebuilder:CreateImageRecipe + imagebuilder:CreateInfrastructureConfiguration
        iam:PassRole + kinesisanalytics:CreateApplication + kinesisanalytics:StartApplication
        iam:PassRole + omics:CreateWorkflow + omics:StartRun + s3:GetObject
        iam:PassRole + scheduler:CreateSchedule
        iam:PassRole + ssm:CreateDocument + ssm:StartAutomationExecution
        iam:PassRole + states:CreateStateMachine + states:StartExecution
        states:StartExecution + states:UpdateStateMachine
        iam:DeleteUserPermissionsBoundary
        iam:DeleteRolePermissionsBoundary + sts:AssumeRole
        sso:AttachManagedPolicyToPermissionSet + sso:CreateAccountAssignment + sso:CreatePermissionSet
        sso:AttachManagedPolicyToPermissionSet
        sso:PutInlinePolicyToPermissionSet
        """);

    private static List<IReadOnlyList<string>> Parse(string lines) =>
        [.. lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => (IReadOnlyList<string>)[.. line.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)])];
}
