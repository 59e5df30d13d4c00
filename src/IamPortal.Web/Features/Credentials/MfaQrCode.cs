using QRCoder;

namespace IamPortal.Web.Features.Credentials;

/// <summary>Renders an otpauth:// URI as a QR code PNG data URI, on the server (QRCoder); nothing leaves the circuit but the image.</summary>
public static class MfaQrCode
{
    public static string ToPngDataUri(string otpAuthUri)
    {
        using var data = new QRCodeGenerator().CreateQrCode(otpAuthUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
