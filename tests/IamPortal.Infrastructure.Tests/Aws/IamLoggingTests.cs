using IamPortal.Application.Iam;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class IamLoggingTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    [Fact]
    public async Task Logging_CallsCarryingSecrets_LogActionAndStatusButNoSecret()
    {
        var sink = new CapturingLoggerProvider();
        var iam = target.Services(services: s => s.AddLogging(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Trace)))
            .GetRequiredService<IIamClient>();
        var user = TestNames.Unique("user");
        var device = await iam.CreateVirtualMfaDeviceAsync(TestNames.Unique("mfa"));
        try
        {
            await iam.CreateUserAsync(user);
            await iam.CreateLoginProfileAsync(user, TestNames.StrongPassword, true);
            var key = await iam.CreateAccessKeyAsync(user);

            var logs = sink.Messages.ToList();

            logs.Should().Contain(m => m.Contains("CreateAccessKey", StringComparison.Ordinal) && m.Contains("200", StringComparison.Ordinal) && m.Contains("attempt 1", StringComparison.Ordinal));
            logs.Should().Contain(m => m.Contains("CreateLoginProfile", StringComparison.Ordinal));
            logs.Should().NotContain(m => m.Contains(key.SecretAccessKey, StringComparison.Ordinal));
            logs.Should().NotContain(m => m.Contains(TestNames.StrongPassword, StringComparison.Ordinal));
            logs.Should().NotContain(m => m.Contains(device.Base32StringSeed, StringComparison.Ordinal));
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(iam, user);
            await IamCleanupExtensions.TryAsync(() => iam.DeleteVirtualMfaDeviceAsync(device.SerialNumber));
        }
    }
}
