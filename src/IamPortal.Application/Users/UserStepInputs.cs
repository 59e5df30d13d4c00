namespace IamPortal.Application.Users;

// The typed inputs and outputs of the journaled steps that act on one IAM user's items (onboarding, offboarding,
// quarantine, release, key rotation), journaled as JSON (Jobs.JobData). Each names the user and the one item its IAM
// call acts on; the property names are IAM's parameters', as the journal has always had them. Never a secret.

/// <summary>Any such step's input: the user it acts on.</summary>
public interface IUserStepInput
{
    string UserName { get; }
}

public sealed record UserInput(string UserName) : IUserStepInput;

public sealed record AccessKeyInput(string UserName, string AccessKeyId) : IUserStepInput;

public sealed record SigningCertificateInput(string UserName, string CertificateId) : IUserStepInput;

public sealed record SshPublicKeyInput(string UserName, string SshPublicKeyId) : IUserStepInput;

public sealed record ServiceSpecificCredentialInput(string UserName, string ServiceSpecificCredentialId) : IUserStepInput;

public sealed record MfaDeviceInput(string UserName, string SerialNumber) : IUserStepInput;

public sealed record InlinePolicyInput(string UserName, string PolicyName) : IUserStepInput;

public sealed record ManagedPolicyInput(string UserName, string PolicyArn) : IUserStepInput;

public sealed record GroupInput(string UserName, string GroupName) : IUserStepInput;

/// <summary>The output of a step that created an access key: its ID (the secret goes to the starting circuit through Jobs.JobSecrets).</summary>
public sealed record CreatedAccessKey(string AccessKeyId);
