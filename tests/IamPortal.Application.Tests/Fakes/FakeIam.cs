using System.Collections.Concurrent;
using System.Reflection;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Tests.Fakes;

/// <summary>
/// A fake of the IAM port built with DispatchProxy: each test answers only the operations it expects
/// (by method name) and every call is recorded, so a test can assert how many IAM calls a feature made.
/// </summary>
public class FakeIam : DispatchProxy
{
    private readonly ConcurrentDictionary<string, Func<object?[], object?>> _answers = new();
    public ConcurrentQueue<string> Calls { get; } = new();

    public static (IIamClient Client, FakeIam Fake) Create()
    {
        var client = Create<IIamClient, FakeIam>();
        return (client, (FakeIam)(object)client);
    }

    public FakeIam On<T>(string method, Func<object?[], T> answer)
    {
        _answers[method] = args => Task.FromResult(answer(args));
        return this;
    }

    /// <summary>An answer the test completes later, to hold a call (and whatever waits on it) in flight.</summary>
    public FakeIam OnAsync<T>(string method, Func<object?[], Task<T>> answer)
    {
        _answers[method] = args => answer(args);
        return this;
    }

    public FakeIam Throw(string method, Exception exception)
    {
        _answers[method] = _ => throw exception;
        return this;
    }

    public int Count(string method) => Calls.Count(c => c == method);

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var name = targetMethod!.Name;
        Calls.Enqueue(name);
        if (!_answers.TryGetValue(name, out var answer))
            throw new InvalidOperationException($"The test did not expect a call to {name}.");
        try { return answer(args ?? []); }
        catch (Exception e) when (targetMethod.ReturnType.IsGenericType)
        {
            var resultType = targetMethod.ReturnType.GetGenericArguments()[0];
            return typeof(Task).GetMethod(nameof(Task.FromException), 1, [typeof(Exception)])!
                .MakeGenericMethod(resultType).Invoke(null, [e]);
        }
    }
}

public sealed class FakeSts(string account = "123456789012") : IStsClient
{
    public Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default) =>
        Task.FromResult(new CallerIdentity(account, $"arn:aws:sts::{account}:assumed-role/IamPortalRole/test", "AROATEST"));
}
