namespace IamPortal.Application.Iam;

/// <summary>
/// The port to IAM (or any IAM-compatible endpoint such as the Sandbox): the sum of the area interfaces, one file each
/// beside this one. Only DI registration and the Infrastructure client use the sum; a service or component depends on
/// the areas it calls, so a test fake needs only those. List methods follow IsTruncated/Marker until the end.
/// Failures are <see cref="IamException"/>s carrying IAM's Code, Message and RequestId.
/// </summary>
public interface IIamClient : IIamUsersApi, IIamCredentialsApi, IIamMfaApi, IIamGroupsApi, IIamPoliciesApi, IIamAccountApi;
