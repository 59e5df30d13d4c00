namespace IamPortal.Application.Reports;

/// <summary>How long a user has been idle (issue 12): up to 30 days, 30–45, 45–90, over 90, or never used at all.</summary>
public enum ActivityBucket { UpTo30, From30To45, From45To90, Over90, NeverUsed }

/// <summary>How a user can reach AWS: a console password, active access keys, both, or neither.</summary>
public enum AccessType { ConsoleOnly, KeysOnly, Both, None }

/// <summary>Steampipe's age buckets, used for access keys (since last rotation) and passwords (since last change).</summary>
public enum KeyAgeBucket { Under24Hours, From1To30Days, From30To90Days, From90To365Days, OverOneYear }

/// <summary>The words the pages, charts and CSV show for the buckets.</summary>
public static class ReportLabels
{
    public static string Label(this ActivityBucket bucket) => bucket switch
    {
        ActivityBucket.UpTo30 => "≤ 30 days",
        ActivityBucket.From30To45 => "30–45 days",
        ActivityBucket.From45To90 => "45–90 days",
        ActivityBucket.Over90 => "> 90 days",
        _ => "Never used",
    };

    public static string Label(this AccessType access) => access switch
    {
        AccessType.ConsoleOnly => "Console only",
        AccessType.KeysOnly => "Keys only",
        AccessType.Both => "Console and keys",
        _ => "No credentials",
    };

    public static string Label(this KeyAgeBucket bucket) => bucket switch
    {
        KeyAgeBucket.Under24Hours => "< 24 h",
        KeyAgeBucket.From1To30Days => "1–30 d",
        KeyAgeBucket.From30To90Days => "30–90 d",
        KeyAgeBucket.From90To365Days => "90–365 d",
        _ => "> 1 year",
    };
}
