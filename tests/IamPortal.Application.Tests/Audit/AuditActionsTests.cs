using System.Reflection;
using System.Text.RegularExpressions;
using IamPortal.Application.Audit;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Onboarding;

namespace IamPortal.Application.Tests.Audit;

/// <summary>The audit name table: one name per action, and no feature writes a name of its own.</summary>
public class AuditActionsTests
{
    private static readonly IReadOnlyList<string> Names = typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.Name != nameof(AuditActions.ViaParameter)).Select(f => (string)f.GetRawConstantValue()!).ToList();

    [Fact]
    public void Names_EachUsedOnce()
    {
        Names.Should().OnlyHaveUniqueItems().And.OnlyContain(n => Regex.IsMatch(n, @"^[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+$"));
    }

    [Fact]
    public void StepKinds_EachMapToATableName()
    {
        // A read warning is no IAM call: nothing to audit.
        foreach (var kind in ConstantsOf(typeof(OffboardingStepKinds)).Where(k => k != OffboardingStepKinds.ReadWarning)) Names.Should().Contain(OffboardingStepKinds.AuditActionOf(kind), kind);
        foreach (var kind in ConstantsOf(typeof(OnboardingStepKinds))) Names.Should().Contain(OnboardingStepKinds.AuditActionOf(kind), kind);
    }

    [Fact]
    public void ApplicationSources_WriteNoActionNameOfTheirOwn()
    {
        var areas = Names.Select(n => n[..n.IndexOf('.')]).Distinct();
        var literal = new Regex($"\"({string.Join('|', areas)})\\.", RegexOptions.Compiled);
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src", "IamPortal.Application"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !Path.GetFileName(f).StartsWith("AuditActions.", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => !x.line.TrimStart().StartsWith("//", StringComparison.Ordinal) && literal.IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}");

        offenders.Should().BeEmpty("every audit name comes from AuditActions");
    }

    private static IEnumerable<string> ConstantsOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IamPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("IamPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
