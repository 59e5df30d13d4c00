using System.Xml.Linq;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>
/// Which elements of an item are required (identity, or the payload a call exists for) and which are optional: every
/// element of every item below is left out once, by hand-written IAM XML.
/// </summary>
public sealed class IamResponseMapperTests
{
    private const string Ns = "https://iam.amazonaws.com/doc/2010-05-08/";
    private const string When = "2024-01-02T03:04:05Z";

    private sealed record Item(string Action, string Member, Func<XElement, object> Map, params string[] Required);

    private static readonly Dictionary<string, Item> Items = new()
    {
        ["User"] = new("ListUsers",
            $"<Path>/eng/</Path><UserName>alice</UserName><UserId>AIDA1</UserId><Arn>arn:aws:iam::123456789012:user/eng/alice</Arn><CreateDate>{When}</CreateDate><PasswordLastUsed>{When}</PasswordLastUsed>",
            IamResponseMapper.User, "UserName", "UserId", "Arn"),
        ["Group"] = new("ListGroups",
            $"<Path>/</Path><GroupName>devs</GroupName><GroupId>AGPA1</GroupId><Arn>arn:aws:iam::123456789012:group/devs</Arn><CreateDate>{When}</CreateDate>",
            IamResponseMapper.Group, "GroupName", "GroupId", "Arn"),
        ["AccessKey"] = new("ListAccessKeys",
            $"<UserName>alice</UserName><AccessKeyId>AKIA1</AccessKeyId><Status>Active</Status><CreateDate>{When}</CreateDate>",
            IamResponseMapper.AccessKey, "UserName", "AccessKeyId"),
        ["ManagedPolicy"] = new("ListPolicies",
            "<PolicyName>ReadOnly</PolicyName><PolicyId>ANPA1</PolicyId><Arn>arn:aws:iam::123456789012:policy/team/ReadOnly</Arn><Path>/team/</Path>"
            + "<DefaultVersionId>v2</DefaultVersionId><AttachmentCount>1</AttachmentCount><PermissionsBoundaryUsageCount>0</PermissionsBoundaryUsageCount>"
            + $"<IsAttachable>true</IsAttachable><Description>d</Description><CreateDate>{When}</CreateDate><UpdateDate>{When}</UpdateDate>",
            IamResponseMapper.ManagedPolicy, "PolicyId", "Arn"),
        ["AttachedPolicy"] = new("ListAttachedUserPolicies",
            "<PolicyName>ReadOnly</PolicyName><PolicyArn>arn:aws:iam::123456789012:policy/team/ReadOnly</PolicyArn>",
            IamResponseMapper.AttachedPolicy, "PolicyArn"),
        ["InlinePolicy"] = new("GetAccountAuthorizationDetails",
            "<PolicyName>inline</PolicyName><PolicyDocument>%7B%7D</PolicyDocument>",
            IamResponseMapper.InlinePolicy, "PolicyName", "PolicyDocument"),
        ["PolicyVersion"] = new("ListPolicyVersions",
            $"<VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion><CreateDate>{When}</CreateDate><Document>%7B%7D</Document>",
            IamResponseMapper.PolicyVersion, "VersionId"),
        ["MfaDevice"] = new("ListMFADevices",
            $"<UserName>alice</UserName><SerialNumber>arn:aws:iam::123456789012:mfa/alice</SerialNumber><EnableDate>{When}</EnableDate>",
            IamResponseMapper.MfaDevice, "UserName", "SerialNumber"),
        ["SigningCertificate"] = new("ListSigningCertificates",
            $"<UserName>alice</UserName><CertificateId>CERT1</CertificateId><Status>Active</Status><UploadDate>{When}</UploadDate>",
            IamResponseMapper.SigningCertificate, "UserName", "CertificateId"),
        ["SshPublicKey"] = new("ListSSHPublicKeys",
            $"<UserName>alice</UserName><SSHPublicKeyId>APKA1</SSHPublicKeyId><Status>Active</Status><UploadDate>{When}</UploadDate>",
            IamResponseMapper.SshPublicKey, "UserName", "SSHPublicKeyId"),
        ["ServiceSpecificCredential"] = new("ListServiceSpecificCredentials",
            "<UserName>alice</UserName><ServiceSpecificCredentialId>ACCA1</ServiceSpecificCredentialId><ServiceName>codecommit.amazonaws.com</ServiceName>"
            + $"<ServiceUserName>alice-at-1</ServiceUserName><Status>Active</Status><CreateDate>{When}</CreateDate>",
            IamResponseMapper.ServiceSpecificCredential, "UserName", "ServiceSpecificCredentialId"),
    };

    public static TheoryData<string, string> RequiredElements() => Elements(required: true);

    public static TheoryData<string, string> OptionalElements() => Elements(required: false);

    private static TheoryData<string, string> Elements(bool required)
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, item) in Items)
        {
            foreach (var element in Member(item).Elements().Select(e => e.Name.LocalName).Where(n => item.Required.Contains(n) == required))
            {
                data.Add(kind, element);
            }
        }
        return data;
    }

    /// <summary>The item as one member of its action's response document, so the mapper can tell which action it read.</summary>
    private static XElement Member(Item item) =>
        IamXmlReader.Parse($"<{item.Action}Response xmlns=\"{Ns}\"><{item.Action}Result><Items><member>{item.Member}</member></Items>"
            + $"</{item.Action}Result></{item.Action}Response>").Descendants().First(e => e.Name.LocalName == "member");

    private static object MapWithout(string kind, string element, string? replacement = null)
    {
        var item = Items[kind];
        var member = Member(item);
        var target = member.Elements().Single(e => e.Name.LocalName == element);
        if (replacement is null) target.Remove();
        else target.Value = replacement;
        return item.Map(member);
    }

    [Theory]
    [MemberData(nameof(RequiredElements))]
    public void Map_RequiredElementMissing_ThrowsMalformedResponseNamingTheElementAndTheAction(string kind, string element)
    {
        var act = () => MapWithout(kind, element);

        var error = act.Should().Throw<IamException>().Which;
        error.Code.Should().Be("MalformedResponse");
        error.Message.Should().Contain($"<{element}>").And.Contain(Items[kind].Action);
    }

    [Theory]
    [MemberData(nameof(RequiredElements))]
    public void Map_RequiredElementBlank_IsAsMissing(string kind, string element)
    {
        var act = () => MapWithout(kind, element, replacement: " ");

        act.Should().Throw<IamException>().Which.Message.Should().Contain($"<{element}>");
    }

    [Theory]
    [MemberData(nameof(OptionalElements))]
    public void Map_OptionalElementMissing_StillMapsTheItem(string kind, string element)
    {
        MapWithout(kind, element).Should().NotBeNull();
    }

    [Fact]
    public void ManagedPolicy_WithoutPolicyName_IsNamedByItsArnAndOptionalFieldsReadAsDefaults()
    {
        var policy = (IamManagedPolicy)MapWithout("ManagedPolicy", "PolicyName");
        var bare = IamResponseMapper.ManagedPolicy(XElement.Parse("<Policy><PolicyId>ANPA2</PolicyId><Arn>arn:aws:iam::aws:policy/job-function/ViewOnlyAccess</Arn></Policy>"));

        policy.PolicyName.Should().Be("ReadOnly");
        bare.Should().Be(new IamManagedPolicy("ViewOnlyAccess", "ANPA2", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "/", "v1",
            0, 0, true, null, IamXmlReader.UnknownDate, IamXmlReader.UnknownDate));
    }

    [Fact]
    public void AttachedPolicy_WithoutPolicyName_IsNamedByItsArn()
    {
        ((IamAttachedPolicy)MapWithout("AttachedPolicy", "PolicyName")).Should()
            .Be(new IamAttachedPolicy("ReadOnly", "arn:aws:iam::123456789012:policy/team/ReadOnly"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("yesterday-ish")]
    public void User_WithoutReadableCreateDate_ReadsAsUnknownDate(string? createDate)
    {
        var user = (IamUser)MapWithout("User", "CreateDate", createDate);

        user.CreateDate.Should().Be(IamXmlReader.UnknownDate);
        user.UserName.Should().Be("alice");
    }

    [Fact]
    public void ServiceSpecificCredential_WithoutOptionalFields_ReadsAsEmptyInactiveAndUnknownDate()
    {
        var xml = "<member><UserName>alice</UserName><ServiceSpecificCredentialId>ACCA1</ServiceSpecificCredentialId></member>";

        IamResponseMapper.ServiceSpecificCredential(XElement.Parse(xml)).Should().Be(new IamServiceSpecificCredential(
            "alice", "ACCA1", "", "", IamAccessKeyStatus.Inactive, IamXmlReader.UnknownDate));
    }

    [Fact]
    public void Req_DetachedElement_NamesIamForTheAction()
    {
        var act = () => IamResponseMapper.AttachedPolicy(XElement.Parse("<member><PolicyName>p</PolicyName></member>"));

        act.Should().Throw<IamException>().WithMessage("IAM returned <member> without its required <PolicyArn>.");
    }
}
