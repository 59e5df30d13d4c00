using IamPortal.Sandbox.Catalog;
using IamPortal.Sandbox.State;
using OtpNet;

namespace IamPortal.Sandbox.Seed;

/// <summary>Creates seeded users with a credential story (console, keys, MFA, activity) drawn from the seed's Random.</summary>
internal sealed class UserFactory(IamState state, Random rng, DateTimeOffset now)
{
    public DateTimeOffset Now { get; } = now;
    public string AccountId => state.AccountId;
    public Random Rng { get; } = rng;

    public UserEntity NewUser(string name, string path, int minAgeDays, int maxAgeDays) => new()
    {
        UserName = name, Path = path, UserId = Ids.New(Rng, "AIDA"), CreateDate = DaysAgo(Rng.Next(minAgeDays, maxAgeDays + 1)),
    };

    public UserEntity Employee(string name, SeedData.Department dept)
    {
        var user = NewUser(name, "/", 20, 1800);
        var roll = Rng.NextDouble();
        var console = roll < 0.80;
        var programmatic = roll >= 0.45 && roll < 0.95;

        if (Rng.NextDouble() < 0.85) Tag(user, dept.Name, dept.CostCenter, dept.Owner);
        if (console) Console(user, Rng.NextDouble() < 0.65);
        if (programmatic)
        {
            AddKey(user);
            if (Rng.NextDouble() < 0.2) AddKey(user);
        }

        user.GroupNames.Add(dept.Groups[0]);
        if (dept.Groups.Length > 1 && Rng.NextDouble() < 0.3) user.GroupNames.Add(dept.Groups[1]);
        if (dept.Name == "Engineering" && Rng.NextDouble() < 0.1) user.GroupNames.Add("engineering-leads");
        if (dept.Name is "Engineering" or "Operations" or "Security" && Rng.NextDouble() < 0.02) user.GroupNames.Add("admins");
        if (console && Rng.NextDouble() < 0.7) user.GroupNames.Add("all-staff");

        if (Rng.NextDouble() < 0.08)
        {
            string[] direct = ["AmazonS3ReadOnlyAccess", "AmazonEC2ReadOnlyAccess", "CloudWatchReadOnlyAccess", "AmazonDynamoDBReadOnlyAccess", "IAMReadOnlyAccess"];
            var n = Rng.Next(1, 3);
            for (var i = 0; i < n; i++)
            {
                var arn = ManagedPolicyCatalog.ArnOf(direct[Rng.Next(direct.Length)]);
                if (!user.AttachedPolicyArns.Contains(arn)) user.AttachedPolicyArns.Add(arn);
            }
        }
        if (Rng.NextDouble() < 0.03)
            user.InlinePolicies.Add(new InlinePolicy
            {
                Name = "personal-sandbox-access",
                Document = SeedData.Doc($$"""{"Effect":"Allow","Action":["s3:*"],"Resource":["arn:aws:s3:::sandbox-{{user.UserName}}","arn:aws:s3:::sandbox-{{user.UserName}}/*"]}"""),
            });
        if (dept.Name == "Engineering" && Rng.NextDouble() < 0.25)
            user.PermissionsBoundaryArn = AccountSeeder.PolicyArn("local:DeveloperBoundary", state.AccountId);
        if (dept.Name is "Engineering" or "Operations" && Rng.NextDouble() < 0.05) AddSshKey(user);
        if (Rng.NextDouble() < 0.02) AddServiceCredential(user);
        if (Rng.NextDouble() < 0.01) AddSigningCertificate(user);
        return user;
    }

    public void Tag(UserEntity user, string department, string costCenter, string owner)
    {
        user.Tags.Add(new TagEntry { Key = "Department", Value = department });
        user.Tags.Add(new TagEntry { Key = "CostCenter", Value = costCenter });
        user.Tags.Add(new TagEntry { Key = "Owner", Value = owner });
    }

    /// <summary>Console access; password use: mostly recent, some inactive for months, some never.</summary>
    public void Console(UserEntity user, bool mfa, int? lastUsedDaysAgo = null)
    {
        var created = Between(user.CreateDate, Now);
        user.LoginProfile = new LoginProfile { CreateDate = created, PasswordLastChanged = Between(created, Now) };
        var roll = Rng.NextDouble();
        var daysAgo = lastUsedDaysAgo ?? (roll < 0.62 ? Rng.Next(0, 30) : roll < 0.85 ? Rng.Next(46, 240) : -1);
        if (daysAgo >= 0) user.PasswordLastUsed = Max(DaysAgo(daysAgo).AddMinutes(-Rng.Next(0, 1440)), created);
        if (mfa) AddMfa(user);
    }

    public void AddMfa(UserEntity user)
    {
        var seed = new byte[20];
        Rng.NextBytes(seed);
        var device = new VirtualMfaDevice
        {
            SerialNumber = $"arn:aws:iam::{state.AccountId}:mfa/{user.UserName}",
            Base32Seed = Base32Encoding.ToString(seed),
            CreateDate = Between(user.CreateDate, Now),
            UserName = user.UserName,
        };
        device.EnableDate = device.CreateDate.AddMinutes(Rng.Next(1, 30));
        state.MfaDevices[device.SerialNumber] = device;
        user.MfaSerials.Add(device.SerialNumber);
    }

    /// <summary>An access key: about 40% older than 90 days; last use recent, old, or never.</summary>
    public AccessKey AddKey(UserEntity user, int? ageDays = null, int? lastUsedDaysAgo = null, bool? neverUsed = null)
    {
        var age = ageDays ?? (Rng.NextDouble() < 0.4 ? Rng.Next(91, 900) : Rng.Next(1, 90));
        var created = Max(DaysAgo(age), user.CreateDate);
        var key = new AccessKey
        {
            AccessKeyId = Ids.New(Rng, "AKIA", 20),
            SecretAccessKey = Ids.Secret(Rng),
            CreateDate = created,
            Status = Rng.NextDouble() < 0.06 ? "Inactive" : "Active",
        };
        var roll = Rng.NextDouble();
        var used = neverUsed is true ? -1 : lastUsedDaysAgo ?? (roll < 0.55 ? Rng.Next(0, 14) : roll < 0.8 ? Rng.Next(46, 400) : -1);
        if (used >= 0)
        {
            var usage = SeedData.KeyUsage[Rng.Next(SeedData.KeyUsage.Length)];
            key.LastUsedDate = Max(DaysAgo(used).AddMinutes(-Rng.Next(0, 1440)), created);
            key.LastUsedService = usage.Service;
            key.LastUsedRegion = usage.Region;
        }
        user.AccessKeys.Add(key);
        return key;
    }

    public void AddSshKey(UserEntity user) => user.SshPublicKeys.Add(new SshPublicKey
    {
        SshPublicKeyId = Ids.New(Rng, "APKA"), UploadDate = Between(user.CreateDate, Now),
    });

    public void AddServiceCredential(UserEntity user) => user.ServiceSpecificCredentials.Add(new ServiceSpecificCredential
    {
        ServiceSpecificCredentialId = Ids.New(Rng, "ACCA"), ServiceName = "codecommit.amazonaws.com",
        ServiceUserName = $"{user.UserName}-at-{state.AccountId}", CreateDate = Between(user.CreateDate, Now),
    });

    public void AddSigningCertificate(UserEntity user) => user.SigningCertificates.Add(new SigningCertificate
    {
        CertificateId = Ids.New(Rng, "", 32), UploadDate = Between(user.CreateDate, Now),
        CertificateBody = "-----BEGIN CERTIFICATE-----\nMIIBsandboxFAKECERTIFICATEBODY\n-----END CERTIFICATE-----",
    });

    public DateTimeOffset DaysAgo(int days) => Now.AddDays(-days);

    private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to)
    {
        var span = (to - from).TotalSeconds;
        return span <= 0 ? from : from.AddSeconds(Math.Floor(Rng.NextDouble() * span));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
