using IamPortal.Application.Policies.Catalog;

namespace IamPortal.CatalogGenerator.Tests;

public class ReferencePageParserTests
{
    [Fact]
    public void Parse_IamPage_ReadsPrefixNameActionsTypesAndKeys()
    {
        var iam = ReferencePageParser.Parse(Fixtures.Read(Fixtures.Iam))!;

        iam.Prefix.Should().Be("iam");
        iam.Name.Should().Be("AWS Identity and Access Management (IAM)");
        iam.Actions.Should().HaveCountGreaterThan(150);
        var putUserPolicy = iam.Actions.Single(a => a.Name == "PutUserPolicy");
        putUserPolicy.Level.Should().Be(AccessLevel.PermissionsManagement);
        putUserPolicy.RequiredResourceTypes.Should().Equal("user");
        iam.Actions.Single(a => a.Name == "ListUsers").Level.Should().Be(AccessLevel.List);
        iam.Actions.Single(a => a.Name == "TagUser").Level.Should().Be(AccessLevel.Tagging);
        iam.ResourceTypes.Should().ContainEquivalentOf(new CatalogResourceType("user", "arn:${Partition}:iam::${Account}:user/${UserNameWithPath}"));
        iam.ConditionKeys.Should().Contain(["iam:PassedToService", "aws:TagKeys"]);
        iam.Actions.Single(a => a.Name == "PassRole").ConditionKeys.Should().Contain("iam:PassedToService");
    }

    [Fact]
    public void Parse_S3PageWithRowspans_GivesEachActionEveryResourceTypeOfItsRows()
    {
        var s3 = ReferencePageParser.Parse(Fixtures.Read(Fixtures.S3))!;

        s3.Prefix.Should().Be("s3");
        var abort = s3.Actions.Single(a => a.Name == "AbortMultipartUpload");
        abort.Level.Should().Be(AccessLevel.Write);
        abort.ResourceTypes.Should().Equal("accesspointobject", "object");
        abort.ConditionKeys.Should().Contain(["s3:authType", "s3:TlsVersion"]);
        var getObject = s3.Actions.Single(a => a.Name == "GetObject");
        getObject.Level.Should().Be(AccessLevel.Read);
        getObject.ResourceTypes.Should().Contain("object");
        s3.Actions.Should().OnlyHaveUniqueItems(a => a.Name);
        s3.ResourceTypes.Single(t => t.Name == "object").ArnPattern.Should().Be("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
    }

    [Fact]
    public void Parse_SmallPageWithRowspan_ReadsTheSecondRowsTypeAndTheActionAfterIt()
    {
        var snow = ReferencePageParser.Parse(Fixtures.Read(Fixtures.SnowDeviceManagement))!;

        snow.Prefix.Should().Be("snow-device-management");
        snow.Actions.Single(a => a.Name == "TagResource").ResourceTypes.Should().Equal("managed-device", "task");
        snow.Actions.Single(a => a.Name == "UntagResource").Level.Should().Be(AccessLevel.Tagging);
        snow.Actions.Single(a => a.Name == "CancelTask").RequiredResourceTypes.Should().Equal("task");
        snow.Actions.Single(a => a.Name == "CreateTask").ConditionKeys.Should().Contain("aws:RequestTag/${TagKey}");
        snow.Actions.Single(a => a.Name == "DescribeExecution").ResourceTypes.Should().BeEmpty();
    }

    [Fact]
    public void Parse_PermissionOnlyActionsAndNoConditionKeysTable_NamesWithoutTheNoteAndNoKeys()
    {
        var sumerian = ReferencePageParser.Parse(Fixtures.Read(Fixtures.Sumerian))!;

        sumerian.Prefix.Should().Be("sumerian");
        sumerian.Actions.Select(a => a.Name).Should().Equal("Login", "ViewRelease");
        sumerian.Actions[1].RequiredResourceTypes.Should().Equal("project");
        sumerian.ConditionKeys.Should().BeEmpty();
        sumerian.ResourceTypes.Should().ContainSingle(t => t.Name == "project");
    }

    [Fact]
    public void Parse_RedirectPage_IsNotAService()
    {
        ReferencePageParser.Parse(Fixtures.Read(Fixtures.Redirect)).Should().BeNull();
    }
}
