namespace IamPortal.Application.Findings;

/// <summary>The outcome of one check for one resource. Accepted: failing, but covered by an unexpired risk acceptance.</summary>
public enum FindingStatus { Pass, Fail, Manual, Accepted }
