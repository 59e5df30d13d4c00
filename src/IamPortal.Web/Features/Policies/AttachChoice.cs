namespace IamPortal.Web.Features.Policies;

/// <summary>A managed policy offered by the attach picker.</summary>
public sealed record AttachChoice(string Name, string Arn);
