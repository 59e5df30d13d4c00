using System.Net.Http.Json;
using IamPortal.Tests.Shared.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace IamPortal.Infrastructure.Tests.Notifications;

/// <summary>The test receivers themselves: a real SMTP session and a real HTTP POST on loopback reach them.</summary>
public sealed class LoopbackReceiversTests
{
    [Fact]
    public async Task SmtpReceiver_MessageSentWithAuthentication_IsRecordedWithItsUser()
    {
        await using var receiver = await LoopbackSmtpReceiver.StartAsync("portal", "pa55");
        using var client = new SmtpClient();
        await client.ConnectAsync(receiver.Host, receiver.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync("portal", "pa55");
        var message = new MimeMessage { Subject = "Hello" };
        message.From.Add(MailboxAddress.Parse("portal@example.test"));
        message.To.Add(MailboxAddress.Parse("lead@example.test"));
        message.Body = new TextPart("plain") { Text = "Body text" };
        await client.SendAsync(message);
        await client.DisconnectAsync(true);

        var received = await receiver.WaitForMessageAsync();
        received.Subject.Should().Be("Hello");
        received.TextBody.Should().Contain("Body text");
        received.EnvelopeTo.Should().Equal("lead@example.test");
        received.AuthenticatedUser.Should().Be("portal");
    }

    [Fact]
    public async Task SmtpReceiver_RejectNext_RefusesThenAccepts()
    {
        await using var receiver = await LoopbackSmtpReceiver.StartAsync();
        receiver.RejectNext = 1;
        var message = new MimeMessage { Subject = "Retry me" };
        message.From.Add(MailboxAddress.Parse("portal@example.test"));
        message.To.Add(MailboxAddress.Parse("lead@example.test"));
        message.Body = new TextPart("plain") { Text = "x" };
        using var client = new SmtpClient();
        await client.ConnectAsync(receiver.Host, receiver.Port, SecureSocketOptions.None);

        var first = () => client.SendAsync(message);
        await first.Should().ThrowAsync<SmtpCommandException>();
        await client.SendAsync(message);

        receiver.Rejected.Should().Be(1);
        receiver.Messages.Should().ContainSingle(m => m.Subject == "Retry me");
    }

    [Fact]
    public async Task WebhookReceiver_FirstStatus500_AnswersThemInOrderThen200()
    {
        await using var receiver = LoopbackWebhookReceiver.Start(500);
        using var http = new HttpClient();

        var first = await http.PostAsJsonAsync(receiver.Url, new { text = "one" });
        var second = await http.PostAsJsonAsync(receiver.Url, new { text = "two" });

        ((int)first.StatusCode).Should().Be(500);
        ((int)second.StatusCode).Should().Be(200);
        var accepted = await receiver.WaitForAcceptedAsync(1);
        accepted.Single().Json.GetProperty("text").GetString().Should().Be("two");
        receiver.Requests.Should().HaveCount(2);
        receiver.Requests[0].PathAndQuery.Should().StartWith(LoopbackWebhookReceiver.SecretPath);
    }
}
