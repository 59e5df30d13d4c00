using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Operations;

/// <summary>Signing certificates, SSH public keys and service-specific credentials (list and delete).</summary>
public static class OtherCredentialOperations
{
    public static void Register(OperationRegistry r)
    {
        r.Read("ListSigningCertificates", ctx =>
        {
            var user = ctx.ResolveUser();
            var page = Paging.Sorted(user.SigningCertificates, c => c.CertificateId, ctx.Q);
            ctx.Result.Start("Certificates");
            foreach (var c in page.Items)
                ctx.Result.Start("member").El("UserName", user.UserName).El("CertificateId", c.CertificateId)
                    .El("CertificateBody", c.CertificateBody).El("Status", c.Status).Date("UploadDate", c.UploadDate).End();
            ctx.Result.End();
            Paging.WriteTail(ctx.Result, page);
        });
        r.Write("DeleteSigningCertificate", ctx =>
        {
            var user = ctx.ResolveUser();
            var id = ctx.Q.Req("CertificateId");
            if (user.SigningCertificates.RemoveAll(c => c.CertificateId == id) == 0)
                throw new IamException("NoSuchEntity", $"The Certificate with id {id} cannot be found.");
        });
        r.Read("ListSSHPublicKeys", ctx =>
        {
            var user = ctx.ResolveUser();
            var page = Paging.Sorted(user.SshPublicKeys, k => k.SshPublicKeyId, ctx.Q);
            ctx.Result.Start("SSHPublicKeys");
            foreach (var k in page.Items)
                ctx.Result.Start("member").El("UserName", user.UserName).El("SSHPublicKeyId", k.SshPublicKeyId)
                    .El("Status", k.Status).Date("UploadDate", k.UploadDate).End();
            ctx.Result.End();
            Paging.WriteTail(ctx.Result, page);
        });
        r.Write("DeleteSSHPublicKey", ctx =>
        {
            var user = ctx.ResolveUser();
            var id = ctx.Q.Req("SSHPublicKeyId");
            if (user.SshPublicKeys.RemoveAll(k => k.SshPublicKeyId == id) == 0)
                throw new IamException("NoSuchEntity", $"The Public Key with id {id} cannot be found.");
        });
        r.Read("ListServiceSpecificCredentials", ctx =>
        {
            var user = ctx.ResolveUser();
            var service = ctx.Q.Str("ServiceName");
            var creds = user.ServiceSpecificCredentials.Where(c => service is null || c.ServiceName == service);
            var page = Paging.Sorted(creds, c => c.ServiceSpecificCredentialId, ctx.Q);
            ctx.Result.Start("ServiceSpecificCredentials");
            foreach (var c in page.Items)
                ctx.Result.Start("member").El("UserName", user.UserName).El("Status", c.Status)
                    .El("ServiceUserName", c.ServiceUserName).Date("CreateDate", c.CreateDate)
                    .El("ServiceSpecificCredentialId", c.ServiceSpecificCredentialId).El("ServiceName", c.ServiceName).End();
            ctx.Result.End();
            Paging.WriteTail(ctx.Result, page);
        });
        r.Write("DeleteServiceSpecificCredential", ctx =>
        {
            var user = ctx.ResolveUser();
            var id = ctx.Q.Req("ServiceSpecificCredentialId");
            if (user.ServiceSpecificCredentials.RemoveAll(c => c.ServiceSpecificCredentialId == id) == 0)
                throw new IamException("NoSuchEntity", $"No such credential {id} exists for user {user.UserName}.");
        });
    }
}
