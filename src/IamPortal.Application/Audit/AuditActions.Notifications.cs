namespace IamPortal.Application.Audit;

public static partial class AuditActions
{
    /// <summary>An admin sent a test message through a notification channel (the channel is a parameter).</summary>
    public const string SendTestNotification = "Notifications.SendTest";
}
