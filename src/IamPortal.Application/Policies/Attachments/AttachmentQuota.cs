namespace IamPortal.Application.Policies.Attachments;

/// <summary>How many managed policies a user or group has attached, of the account's live quota ("7 of 10").</summary>
public sealed record AttachmentQuota(int Used, int Limit)
{
    public bool IsFull => Used >= Limit;
    public override string ToString() => $"{Used} of {Limit}";
}
