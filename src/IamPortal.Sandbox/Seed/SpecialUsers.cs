using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Seed;

/// <summary>The named users every seeded account has: the break-glass admin and the automation users.</summary>
internal static class SpecialUsers
{
    public static List<UserEntity> Build(UserFactory f)
    {
        var breakGlass = f.NewUser("break-glass-admin", "/", 1000, 1100);
        f.Tag(breakGlass, "Security", "CC-1300", "ciso@example.com");
        f.Console(breakGlass, mfa: true, lastUsedDaysAgo: 210);
        breakGlass.GroupNames.Add("admins");

        var ci = Automation(f, "svc-ci-deploy", "Engineering", "CC-1100");
        f.AddKey(ci, ageDays: 35, lastUsedDaysAgo: 0);
        ci.AttachedPolicyArns.Add(AccountSeeder.PolicyArn("local:CiDeployPolicy", f.AccountId));

        var backup = Automation(f, "svc-backup", "Operations", "CC-1400");
        f.AddKey(backup, ageDays: 420, lastUsedDaysAgo: 1).Status = "Active";
        backup.AttachedPolicyArns.Add(AccountSeeder.PolicyArn("local:BackupOperator", f.AccountId));

        var monitoring = Automation(f, "svc-monitoring", "Operations", "CC-1400");
        f.AddKey(monitoring, ageDays: 200, lastUsedDaysAgo: 0).Status = "Active";
        f.AddKey(monitoring, ageDays: 15, lastUsedDaysAgo: 0).Status = "Active";
        monitoring.AttachedPolicyArns.Add(Catalog.ManagedPolicyCatalog.ArnOf("CloudWatchReadOnlyAccess"));

        var etl = Automation(f, "svc-data-pipeline", "Data", "CC-1200");
        f.AddKey(etl, ageDays: 600, neverUsed: true).Status = "Active";
        etl.AttachedPolicyArns.Add(AccountSeeder.PolicyArn("local:DataLakeAnalyst", f.AccountId));
        etl.InlinePolicies.Add(new InlinePolicy
        {
            Name = "etl-bucket-write",
            Document = SeedData.Doc("""{"Effect":"Allow","Action":["s3:PutObject"],"Resource":"arn:aws:s3:::data-lake-raw/*"}"""),
        });

        var terraform = Automation(f, "svc-terraform", "Operations", "CC-1400");
        f.AddKey(terraform, ageDays: 95, lastUsedDaysAgo: 3).Status = "Active";
        terraform.AttachedPolicyArns.Add(AccountSeeder.PolicyArn("local:LegacyIamHelper", f.AccountId));
        terraform.AttachedPolicyArns.Add(Catalog.ManagedPolicyCatalog.ArnOf("PowerUserAccess"));
        f.AddServiceCredential(terraform);

        return [breakGlass, ci, backup, monitoring, etl, terraform];
    }

    private static UserEntity Automation(UserFactory f, string name, string dept, string costCenter)
    {
        var user = f.NewUser(name, "/automation/", 400, 1500);
        user.Tags.Add(new TagEntry { Key = "Department", Value = dept });
        user.Tags.Add(new TagEntry { Key = "CostCenter", Value = costCenter });
        user.Tags.Add(new TagEntry { Key = "Owner", Value = "platform-team@example.com" });
        user.Tags.Add(new TagEntry { Key = "Purpose", Value = "automation" });
        return user;
    }
}
