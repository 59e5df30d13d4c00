namespace IamPortal.Sandbox;

/// <summary>
/// Random fault injection. Rates are probabilities in 0..1 per request; <paramref name="Actions"/> restricts
/// the random faults and the latency to those actions (null or empty = every action).
/// </summary>
public sealed record SandboxFaults(double ThrottleRate = 0, double ServerErrorRate = 0, int LatencyMs = 0, IReadOnlyList<string>? Actions = null);

/// <summary>What an action under <see cref="ISandboxControl.FailAlways"/> answers: IAM's error code and the HTTP status.</summary>
public sealed record SandboxFailure(string Code, int HttpStatus);
