namespace IamPortal.Application.Accounts;

public interface IAwsConnectionInfo
{
    AwsConnectionInfo Current { get; }
}
