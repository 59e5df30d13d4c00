using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;
using OtpNet;
using QRCoder;

namespace IamPortal.Sandbox.Operations;

/// <summary>Virtual MFA devices: create, enable (two consecutive TOTP codes), resync, deactivate, delete, list.</summary>
public static class MfaOperations
{
    public const int DevicesPerUser = 8;

    public static void Register(OperationRegistry r)
    {
        r.Write("CreateVirtualMFADevice", Create, hasResult: true);
        r.Write("EnableMFADevice", ctx =>
        {
            var user = ctx.ResolveUser();
            var device = Find(ctx, ctx.Q.Req("SerialNumber"));
            if (device.UserName is not null)
                throw new IamException("EntityAlreadyExists", "MFA Device is already in use.");
            if (user.MfaSerials.Count >= DevicesPerUser)
                throw new IamException("LimitExceeded", $"Cannot exceed quota for MFADevicesPerUser: {DevicesPerUser}");
            CheckCodes(ctx, device);
            device.UserName = user.UserName;
            device.EnableDate = ctx.Now;
            user.MfaSerials.Add(device.SerialNumber);
        });
        r.Write("ResyncMFADevice", ctx =>
        {
            var user = ctx.ResolveUser();
            var device = Assigned(ctx, user);
            CheckCodes(ctx, device);
        });
        r.Write("DeactivateMFADevice", ctx =>
        {
            var user = ctx.ResolveUser();
            var device = Assigned(ctx, user);
            device.UserName = null;
            device.EnableDate = null;
            user.MfaSerials.Remove(device.SerialNumber);
        });
        r.Write("DeleteVirtualMFADevice", ctx =>
        {
            var device = Find(ctx, ctx.Q.Req("SerialNumber"));
            if (device.UserName is not null)
                throw new IamException("DeleteConflict", "MFA Device is already in use.");
            ctx.State.MfaDevices.Remove(device.SerialNumber);
        });
        r.Read("ListMFADevices", ctx =>
        {
            var user = ctx.ResolveUser();
            var page = Paging.Sorted(user.MfaSerials.Select(s => ctx.State.MfaDevices[s]), d => d.SerialNumber, ctx.Q);
            ctx.Result.Start("MFADevices");
            foreach (var d in page.Items)
                ctx.Result.Start("member").El("UserName", user.UserName).El("SerialNumber", d.SerialNumber).Date("EnableDate", d.EnableDate).End();
            ctx.Result.End();
            Paging.WriteTail(ctx.Result, page);
        });
        r.Read("ListVirtualMFADevices", ListVirtual);
    }

    private static void Create(OperationContext ctx)
    {
        var name = ctx.Q.Req("VirtualMFADeviceName");
        Validate.Name(name, "virtualMFADeviceName", 226);
        var path = Validate.Path(ctx.Q.Str("Path"));
        var tags = ctx.Q.Tags();
        var serial = $"arn:aws:iam::{ctx.State.AccountId}:mfa{path}{name}";
        if (ctx.State.MfaDevices.ContainsKey(serial))
            throw new IamException("EntityAlreadyExists", "MFADevice entity at the same path and name already exists.");
        var secret = new byte[20];
        ctx.State.Rng.NextBytes(secret);
        var device = new VirtualMfaDevice { SerialNumber = serial, Path = path, Base32Seed = Base32Encoding.ToString(secret), CreateDate = ctx.Now };
        EntityWriters.ApplyTags(device.Tags, tags, "MFADevice");
        ctx.State.MfaDevices.Add(serial, device);

        var uri = $"otpauth://totp/{Uri.EscapeDataString(ctx.State.Aliases.FirstOrDefault() ?? ctx.State.SeedAlias)}:{Uri.EscapeDataString(name)}?secret={device.Base32Seed}&issuer=Amazon%20Web%20Services";
        using var qrData = new QRCodeGenerator().CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(qrData).GetGraphic(4);
        ctx.Result.Start("VirtualMFADevice").El("SerialNumber", serial)
            .El("Base32StringSeed", Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(device.Base32Seed)))
            .El("QRCodePNG", Convert.ToBase64String(png));
        if (device.Tags.Count > 0) EntityWriters.Tags(ctx.Result, device.Tags);
        ctx.Result.End();
    }

    private static void ListVirtual(OperationContext ctx)
    {
        var status = ctx.Q.Str("AssignmentStatus") ?? "Any";
        if (status is not ("Assigned" or "Unassigned" or "Any"))
            throw IamException.Validation("assignmentStatus", status, "Member must satisfy enum value set: [Unassigned, Any, Assigned]");
        var devices = ctx.State.MfaDevices.Values.Where(d => status == "Any" || (status == "Assigned") == (d.UserName is not null));
        var page = Paging.Sorted(devices, d => d.SerialNumber, ctx.Q);
        ctx.Result.Start("VirtualMFADevices");
        foreach (var d in page.Items)
        {
            ctx.Result.Start("member").El("SerialNumber", d.SerialNumber);
            if (d.UserName is not null && ctx.State.Users.TryGetValue(d.UserName, out var user))
                EntityWriters.User(ctx.Result, "User", user, full: false);
            ctx.Result.Date("EnableDate", d.EnableDate);
            if (d.Tags.Count > 0) EntityWriters.Tags(ctx.Result, d.Tags);
            ctx.Result.End();
        }
        ctx.Result.End();
        Paging.WriteTail(ctx.Result, page);
    }

    private static VirtualMfaDevice Find(OperationContext ctx, string serial)
    {
        Validate.MaxLength(serial, "serialNumber", 256);
        return ctx.State.MfaDevices.TryGetValue(serial, out var d)
            ? d
            : throw new IamException("NoSuchEntity", $"VirtualMFADevice with serial number {serial} doesn't exist.");
    }

    private static VirtualMfaDevice Assigned(OperationContext ctx, UserEntity user)
    {
        var serial = ctx.Q.Req("SerialNumber");
        var device = Find(ctx, serial);
        return string.Equals(device.UserName, user.UserName, StringComparison.OrdinalIgnoreCase)
            ? device
            : throw new IamException("NoSuchEntity", $"MFA Device with serial number {serial} is not assigned to user {user.UserName}.");
    }

    /// <summary>Accepts two consecutive 30-second TOTP codes close to now (a few windows of clock drift either way).</summary>
    private static void CheckCodes(OperationContext ctx, VirtualMfaDevice device)
    {
        var code1 = ctx.Q.Req("AuthenticationCode1");
        var code2 = ctx.Q.Req("AuthenticationCode2");
        foreach (var (c, f) in new[] { (code1, "authenticationCode1"), (code2, "authenticationCode2") })
            if (c.Length != 6 || !c.All(char.IsAsciiDigit))
                throw IamException.Validation(f, c, "Member must satisfy regular expression pattern: [\\d]+");
        var totp = new Totp(Base32Encoding.ToBytes(device.Base32Seed));
        var now = ctx.Now.UtcDateTime;
        for (var w = -4; w <= 2; w++)
        {
            var first = now.AddSeconds(30 * w);
            if (totp.ComputeTotp(first) == code1 && totp.ComputeTotp(first.AddSeconds(30)) == code2) return;
        }
        throw new IamException("InvalidAuthenticationCode", "Authentication code for device is not valid.");
    }
}
