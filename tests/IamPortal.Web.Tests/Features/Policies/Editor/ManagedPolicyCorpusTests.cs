using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;
using IamPortal.Application.Policies.Validation;
using IamPortal.Sandbox.Catalog;

namespace IamPortal.Web.Tests.Features.Policies.Editor;

/// <summary>
/// The validator on a corpus, with the real embedded action catalogue: every AWS managed policy the Sandbox ships is a
/// document AWS itself accepts, so it gives no Error.
/// </summary>
public sealed class ManagedPolicyCorpusTests
{
    private static readonly PolicyValidator Validator = new(new ActionCatalog());

    public static TheoryData<string> Names() => [.. ManagedPolicyCatalog.Entries.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Validate_AwsManagedPolicy_HasNoError(string name)
    {
        var document = ManagedPolicyCatalog.Entries.Single(e => e.Name == name).Document;

        var validation = Validator.Validate(document, PolicyDocumentKind.Managed);

        validation.Findings.Where(f => f.Level == FindingLevel.Error)
            .Select(f => $"{f.Code} {f.Line}:{f.Column} {f.Message}").Should().BeEmpty();
    }
}
