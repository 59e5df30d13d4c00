namespace IamPortal.Sandbox.Protocol;

/// <summary>The response and error envelopes of the IAM and STS Query APIs.</summary>
public static class XmlResponses
{
    public const string IamNamespace = "https://iam.amazonaws.com/doc/2010-05-08/";
    public const string StsNamespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    public static string Success(string action, string ns, XmlOut? result, string requestId)
    {
        var x = new XmlOut().StartNs(action + "Response", ns);
        if (result is not null) x.Start(action + "Result").Raw(result.ToString()).End();
        return x.Start("ResponseMetadata").El("RequestId", requestId).End().End().ToString();
    }

    public static string Error(IamException error, string ns, string requestId) =>
        new XmlOut().StartNs("ErrorResponse", ns)
            .Start("Error").El("Type", error.Type).El("Code", error.Code).El("Message", error.Message).End()
            .El("RequestId", requestId)
            .End().ToString();
}
