using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class IamXmlReaderTests
{
    private const string Ns = "https://iam.amazonaws.com/doc/2010-05-08/";

    [Fact]
    public void ReadError_ErrorResponse_ReturnsCodeMessageAndRequestId()
    {
        const string xml = $"""
            <ErrorResponse xmlns="{Ns}">
              <Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The user with name bob cannot be found.</Message></Error>
              <RequestId>4d7c0a1e-0000-0000-0000-000000000000</RequestId>
            </ErrorResponse>
            """;

        var error = IamXmlReader.ReadError(xml);

        error.Should().Be(("NoSuchEntity", "The user with name bob cannot be found.", "4d7c0a1e-0000-0000-0000-000000000000"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("not xml at all")]
    public void ReadError_NotAnErrorResponse_ReturnsNull(string body)
    {
        IamXmlReader.ReadError(body).Should().BeNull();
    }

    [Fact]
    public void User_FullElement_MapsEveryField()
    {
        const string xml = $"""
            <GetUserResponse xmlns="{Ns}"><GetUserResult><User>
              <Path>/eng/</Path><UserName>alice</UserName><UserId>AIDAEXAMPLE</UserId>
              <Arn>arn:aws:iam::123456789012:user/eng/alice</Arn><CreateDate>2024-01-02T03:04:05Z</CreateDate>
              <PasswordLastUsed>2025-06-07T08:09:10Z</PasswordLastUsed>
              <PermissionsBoundary><PermissionsBoundaryType>Policy</PermissionsBoundaryType><PermissionsBoundaryArn>arn:aws:iam::aws:policy/PowerUserAccess</PermissionsBoundaryArn></PermissionsBoundary>
              <Tags><member><Key>team</Key><Value>core</Value></member><member><Key>empty</Key><Value></Value></member></Tags>
            </User></GetUserResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetUserResponse>
            """;
        var doc = IamXmlReader.Parse(xml);

        var user = IamResponseMapper.User(IamXmlReader.Result(doc, "GetUser").Child("User")!);

        user.UserName.Should().Be("alice");
        user.Path.Should().Be("/eng/");
        user.CreateDate.Should().Be(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        user.PasswordLastUsed.Should().Be(new DateTimeOffset(2025, 6, 7, 8, 9, 10, TimeSpan.Zero));
        user.PermissionsBoundaryArn.Should().Be("arn:aws:iam::aws:policy/PowerUserAccess");
        user.Tags.Should().Equal(new IamTag("team", "core"), new IamTag("empty", ""));
        IamXmlReader.RequestId(doc).Should().Be("r-1");
    }

    [Fact]
    public void InlinePolicy_UrlEncodedDocument_IsDecoded()
    {
        var encoded = Uri.EscapeDataString(TestNames.TrickyDocument);
        var xml = $"<GetUserPolicyResponse xmlns=\"{Ns}\"><GetUserPolicyResult><UserName>a</UserName><PolicyName>p</PolicyName>"
            + $"<PolicyDocument>{encoded}</PolicyDocument></GetUserPolicyResult></GetUserPolicyResponse>";

        var policy = IamResponseMapper.InlinePolicy(IamXmlReader.Result(IamXmlReader.Parse(xml), "GetUserPolicy"));

        policy.Document.Should().Be(TestNames.TrickyDocument);
    }

    [Fact]
    public void DecodeDocument_LiteralPlus_StaysPlus()
    {
        IamXmlReader.DecodeDocument("a+b%20c").Should().Be("a+b c");
    }

    [Fact]
    public void NewVirtualMfaDevice_Base64SeedAndPng_AreDecoded()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47 };
        var xml = $"<CreateVirtualMFADeviceResponse xmlns=\"{Ns}\"><CreateVirtualMFADeviceResult><VirtualMFADevice>"
            + $"<SerialNumber>arn:aws:iam::123456789012:mfa/d</SerialNumber><Base32StringSeed>{Convert.ToBase64String("JBSWY3DPEHPK3PXP"u8.ToArray())}</Base32StringSeed>"
            + $"<QRCodePNG>{Convert.ToBase64String(png)}</QRCodePNG></VirtualMFADevice></CreateVirtualMFADeviceResult></CreateVirtualMFADeviceResponse>";

        var device = IamResponseMapper.NewVirtualMfaDevice(IamXmlReader.Result(IamXmlReader.Parse(xml), "CreateVirtualMFADevice").Child("VirtualMFADevice")!);

        device.QrCodePng.Should().Equal(png);
        device.Base32StringSeed.Should().Be("JBSWY3DPEHPK3PXP");
        device.ToString().Should().NotContain("JBSWY3DPEHPK3PXP");
    }

    [Fact]
    public void VirtualMfaDevice_RootsDevice_KeepsTheRootArnWithoutAUserName()
    {
        var xml = $"<ListVirtualMFADevicesResponse xmlns=\"{Ns}\"><ListVirtualMFADevicesResult><VirtualMFADevices><member>"
            + "<SerialNumber>arn:aws:iam::123456789012:mfa/root-account-mfa-device</SerialNumber><User><Path>/</Path><UserId>123456789012</UserId>"
            + "<Arn>arn:aws:iam::123456789012:root</Arn><CreateDate>2020-01-01T00:00:00Z</CreateDate></User><EnableDate>2021-01-01T00:00:00Z</EnableDate>"
            + "</member></VirtualMFADevices><IsTruncated>false</IsTruncated></ListVirtualMFADevicesResult></ListVirtualMFADevicesResponse>";

        var member = IamXmlReader.Result(IamXmlReader.Parse(xml), "ListVirtualMFADevices").Child("VirtualMFADevices")!.Child("member")!;
        var device = IamResponseMapper.VirtualMfaDevice(member);

        device.UserArn.Should().Be("arn:aws:iam::123456789012:root");
        device.UserName.Should().BeNull();
    }

    [Fact]
    public void AccessKeyLastUsed_NeverUsed_MapsNotApplicableToNull()
    {
        var xml = $"<GetAccessKeyLastUsedResponse xmlns=\"{Ns}\"><GetAccessKeyLastUsedResult><UserName>a</UserName>"
            + "<AccessKeyLastUsed><ServiceName>N/A</ServiceName><Region>N/A</Region></AccessKeyLastUsed></GetAccessKeyLastUsedResult></GetAccessKeyLastUsedResponse>";

        var used = IamResponseMapper.AccessKeyLastUsed(IamXmlReader.Result(IamXmlReader.Parse(xml), "GetAccessKeyLastUsed"), "AKIA1");

        used.Should().Be(new IamAccessKeyLastUsed("a", "AKIA1", null, null, null));
    }

    [Fact]
    public void Parse_Dtd_IsRejected()
    {
        const string xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";

        var act = () => IamXmlReader.Parse(xml);

        act.Should().Throw<System.Xml.XmlException>();
    }

    [Fact]
    public void Result_NoNamespace_IsReadByLocalName()
    {
        var doc = IamXmlReader.Parse("<GenerateCredentialReportResponse><GenerateCredentialReportResult><State>COMPLETE</State></GenerateCredentialReportResult></GenerateCredentialReportResponse>");

        IamResponseMapper.ReportState(IamXmlReader.Result(doc, "GenerateCredentialReport").Str("State")).Should().Be(CredentialReportState.Complete);
    }
}
