namespace IamPortal.Sandbox.Protocol;

/// <summary>The response and error envelopes of the IAM and STS Query APIs.</summary>
public static class XmlResponses
{
    public const string IamNamespace = "https://iam.amazonaws.com/doc/2010-05-08/";
    public const string StsNamespace = "https://sts.amazonaws.com/doc/2011-06-15/";

    /// <summary>The envelope around a result, split so the result itself can be streamed between the two parts.</summary>
    public static (string Prefix, string Suffix) Envelope(string action, string ns, bool hasResult, string requestId)
    {
        var prefix = $"<{action}Response xmlns=\"{ns}\">" + (hasResult ? $"<{action}Result>" : "");
        var suffix = (hasResult ? $"</{action}Result>" : "") + new XmlOut().Start("ResponseMetadata").El("RequestId", requestId).End() + $"</{action}Response>";
        return (prefix, suffix);
    }

    public static string Error(IamException error, string ns, string requestId) =>
        new XmlOut().StartNs("ErrorResponse", ns)
            .Start("Error").El("Type", error.Type).El("Code", error.Code).El("Message", error.Message).End()
            .El("RequestId", requestId)
            .End().ToString();
}
