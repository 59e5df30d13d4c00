using IamPortal.Application.Commands;
using IamPortal.Application.Notifications;
using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Notifications;

/// <summary>Reads the channels on its own (a failed read says so here, the counts below still load) and sends test messages.</summary>
public partial class NotificationChannelsSection
{
    private CommandResult<NotificationChannelsView>? _read;
    private CommandResult<TestMessageResult>? _test;
    private ReminderChannel? _sending;

    [Inject] private INotificationSettingsService Settings { get; set; } = default!;
    [Inject] private IOperatorContext Operator { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private bool CanTest => Operator.Can(Permission.ManageSettings);

    protected override async Task OnInitializedAsync() =>
        _read = await CommandResult.CaptureAsync(() => Settings.GetChannelsAsync());

    private async Task SendTestAsync(ReminderChannel channel)
    {
        (_sending, _test) = (channel, null);
        _test = await CommandResult.CaptureAsync(() => Settings.SendTestAsync(channel, new Uri(Navigation.BaseUri)));
        _sending = null;
    }

    private static string At(CommandResult result) => string.Join(" ", result.Errors.Values);

    internal static IReadOnlyList<(string Label, string Value)> SmtpRows(SmtpSettingsView smtp) =>
    [
        ("Host", smtp.Host ?? "not set"),
        ("Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("TLS", smtp.TlsMode.ToString()),
        ("From", smtp.From ?? "not set"),
        ("User name", smtp.UserName ?? "none (no SMTP authentication)"),
        ("Password", smtp.PasswordConfigured ? "set (not shown)" : "not set"),
    ];

    internal static IReadOnlyList<(string Label, string Value)> WebhookRows(WebhookSettingsView hook) =>
    [
        ("URL", hook.Destination is { } url ? $"{url} (path and query hidden)" : "not set"),
        ("Format", hook.Format == WebhookFormat.Slack ? "Slack (text and blocks)" : "JSON (the portal's schema)"),
    ];
}
