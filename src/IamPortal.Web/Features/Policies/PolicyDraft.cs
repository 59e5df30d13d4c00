namespace IamPortal.Web.Features.Policies;

/// <summary>What the operator types in the policy editor, and their two confirmations.</summary>
public sealed class PolicyDraft
{
    public const string NewDocument = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": [],
              "Resource": "*"
            }
          ]
        }
        """;

    public string Name { get; set; } = "";
    public string Path { get; set; } = "/";
    public string? Description { get; set; }
    public string Document { get; set; } = NewDocument;
    public bool ConfirmSecurityWarnings { get; set; }
    public bool ImpactConfirmed { get; set; }
}
