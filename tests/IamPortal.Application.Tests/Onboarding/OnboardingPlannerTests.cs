using IamPortal.Application.Onboarding;

namespace IamPortal.Application.Tests.Onboarding;

public class OnboardingPlannerTests
{
    [Fact]
    public void BuildPlan_EverythingChosen_StepsInIamOrder()
    {
        var request = OnboardingValidatorTests.Valid() with
        {
            Groups = ["developers", "billing"], ManagedPolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
            PermissionsBoundaryArn = "arn:aws:iam::123456789012:policy/boundaries/DeveloperBoundary",
        };

        var plan = OnboardingPlanner.BuildPlan(request);

        plan.Select(s => s.Kind).Should().Equal("CreateUser", "CreateLoginProfile", "CreateAccessKey", "AddUserToGroup", "AddUserToGroup", "AttachUserPolicy");
    }

    [Fact]
    public void BuildPlan_CreateUser_OneCallWithPathTagsAndBoundary()
    {
        var request = OnboardingValidatorTests.Valid() with
        {
            Path = "/engineering/", PermissionsBoundaryArn = "arn:aws:iam::123456789012:policy/boundaries/DeveloperBoundary",
            Tags = [new("Owner", "Jane Doe"), new("CostCenter", "CC-1")],
        };

        var cli = OnboardingPlanner.BuildPlan(request)[0].CliCommand;

        cli.Should().Be("aws iam create-user --user-name new.hire --path /engineering/ " +
                        "--permissions-boundary arn:aws:iam::123456789012:policy/boundaries/DeveloperBoundary " +
                        "--tags 'Key=Owner,Value=Jane Doe' Key=CostCenter,Value=CC-1 'Key=iamportal:onboarding-job,Value=<job-id>'");
    }

    [Fact]
    public void BuildPlan_ConsoleAccess_PasswordIsAPlaceholder()
    {
        var plan = OnboardingPlanner.BuildPlan(OnboardingValidatorTests.Valid() with { PasswordChoice = PasswordChoice.Custom, CustomPassword = "S3cret-Value-123!" });

        var login = plan.Single(s => s.Kind == OnboardingStepKinds.CreateLoginProfile);
        login.CliCommand.Should().Be("aws iam create-login-profile --user-name new.hire --password '<password>' --password-reset-required");
        plan.Should().NotContain(s => s.CliCommand.Contains("S3cret") || s.Input.ToString().Contains("S3cret"));
    }

    [Fact]
    public void BuildPlan_GeneratedPassword_CliShowsGeneratedPlaceholder() =>
        OnboardingPlanner.BuildPlan(OnboardingValidatorTests.Valid())[1].CliCommand.Should().Contain("--password '<generated>'");

    [Fact]
    public void BuildPlan_GroupsAndPolicies_CliPerStep()
    {
        var plan = OnboardingPlanner.BuildPlan(OnboardingValidatorTests.Valid() with
        {
            ConsoleAccess = false, ProgrammaticAccess = false, ManagedPolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
        });

        plan[1].CliCommand.Should().Be("aws iam add-user-to-group --group-name developers --user-name new.hire");
        plan[2].CliCommand.Should().Be("aws iam attach-user-policy --user-name new.hire --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess");
    }

    [Fact]
    public void Quote_SingleQuoteInValue_EscapedForTheShell() =>
        OnboardingPlanner.Quote("it's").Should().Be(@"'it'\''s'");
}
