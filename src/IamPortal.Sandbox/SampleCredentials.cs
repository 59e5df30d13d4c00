using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace IamPortal.Sandbox;

/// <summary>
/// Fresh public material to upload to the Sandbox (or to IAM) in demos and tests: an ssh-rsa public key and a
/// self-signed X.509 certificate. The private halves are discarded.
/// </summary>
public static class SampleCredentials
{
    /// <summary>An "ssh-rsa AAAA... comment" line, as in an id_rsa.pub file.</summary>
    public static string SshRsaPublicKey(string comment = "sandbox")
    {
        using var rsa = RSA.Create(2048);
        var p = rsa.ExportParameters(false);
        using var blob = new MemoryStream();
        WriteString(blob, Encoding.ASCII.GetBytes("ssh-rsa"));
        WriteString(blob, MpInt(p.Exponent!));
        WriteString(blob, MpInt(p.Modulus!));
        return $"ssh-rsa {Convert.ToBase64String(blob.ToArray())} {comment}";
    }

    /// <summary>A PEM "-----BEGIN CERTIFICATE-----" block for a self-signed certificate named <paramref name="commonName"/>.</summary>
    public static string SelfSignedCertificatePem(string commonName)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.ExportCertificatePem();
    }

    private static byte[] MpInt(byte[] unsigned) => unsigned[0] >= 0x80 ? [0, .. unsigned] : unsigned;

    private static void WriteString(Stream stream, byte[] value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
        stream.Write(length);
        stream.Write(value);
    }
}
