
namespace IamPortal.Application.Tests.Fakes;

/// <summary>What an NSubstitute fake of the IAM port received, by operation, for tests that assert the calls a feature made.</summary>
public static class IamCalls
{
    /// <summary>The operations received, in order.</summary>
    public static IReadOnlyList<string> CallNames(this object substitute) =>
        substitute.ReceivedCalls().Select(c => c.GetMethodInfo().Name).ToList();

    /// <summary>How many times one operation was received; name it with nameof.</summary>
    public static int CallsTo(this object substitute, string method) =>
        substitute.ReceivedCalls().Count(c => c.GetMethodInfo().Name == method);
}
