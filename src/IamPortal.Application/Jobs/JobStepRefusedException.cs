namespace IamPortal.Application.Jobs;

/// <summary>
/// A step found IAM in a state the job must not act on (for example a user it did not create). The runner stops the
/// job there with <see cref="Exception.Message"/>, written for people, and <see cref="Code"/> as the step's error code.
/// </summary>
public sealed class JobStepRefusedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
