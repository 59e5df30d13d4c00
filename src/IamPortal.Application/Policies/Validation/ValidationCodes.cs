namespace IamPortal.Application.Policies.Validation;

/// <summary>The finding codes of <see cref="PolicyValidator"/>, in UPPER_SNAKE as IAM Access Analyzer writes its check codes.</summary>
public static class ValidationCodes
{
    // Document
    public const string JsonSyntaxError = "JSON_SYNTAX_ERROR";
    public const string InvalidCharacter = "INVALID_CHARACTER";
    public const string PolicySizeExceedsQuota = "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA";
    public const string DuplicateKey = "DUPLICATE_KEY";
    public const string PolicyNotObject = "POLICY_NOT_AN_OBJECT";
    public const string UnknownElement = "UNKNOWN_ELEMENT";
    public const string UnsupportedElement = "UNSUPPORTED_ELEMENT";
    public const string DataTypeMismatch = "DATA_TYPE_MISMATCH";

    // Version and Statement
    public const string MissingVersion = "MISSING_VERSION";
    public const string InvalidVersion = "INVALID_VERSION";
    public const string MissingStatement = "MISSING_STATEMENT";
    public const string InvalidSid = "INVALID_SID";
    public const string DuplicateSid = "DUPLICATE_SID";
    public const string EmptySid = "EMPTY_SID_VALUE";
    public const string MissingEffect = "MISSING_EFFECT";
    public const string InvalidEffect = "INVALID_EFFECT";
    public const string MissingAction = "MISSING_ACTION";
    public const string ActionAndNotAction = "ACTION_AND_NOT_ACTION";
    public const string InvalidAction = "INVALID_ACTION";
    public const string MissingResource = "MISSING_RESOURCE";
    public const string ResourceAndNotResource = "RESOURCE_AND_NOT_RESOURCE";
    public const string EmptyArray = "EMPTY_ARRAY";
    public const string EmptyObject = "EMPTY_OBJECT";

    // Resource ARNs
    public const string InvalidArn = "INVALID_ARN";
    public const string MissingArnField = "MISSING_ARN_FIELD";
    public const string InvalidArnPartition = "INVALID_PARTITION";
    public const string InvalidArnRegion = "INVALID_ARN_REGION";
    public const string InvalidArnAccount = "INVALID_ARN_ACCOUNT";
    public const string InvalidArnServiceCase = "INVALID_ARN_SERVICE_CASE";

    // Policy variables
    public const string InvalidPolicyVariable = "INVALID_POLICY_VARIABLE";
    public const string VariableNeedsVersion = "POLICY_VARIABLE_NEEDS_VERSION_2012_10_17";

    // Conditions
    public const string UnknownOperator = "UNKNOWN_OPERATOR";
    public const string NullWithIfExists = "NULL_WITH_IF_EXISTS";
    public const string InvalidConditionKeyFormat = "INVALID_CONDITION_KEY_FORMAT";
    public const string WildcardWithoutLikeOperator = "WILDCARD_WITHOUT_LIKE_OPERATOR";

    // Security warnings
    public const string AllowWithNotAction = "ALLOW_WITH_NOT_ACTION";
    public const string AllowWithNotResource = "ALLOW_WITH_NOT_RESOURCE";
    public const string PassRoleWithStarInResource = "PASS_ROLE_WITH_STAR_IN_RESOURCE";
    public const string PassRoleWithNotResource = "PASS_ROLE_WITH_NOT_RESOURCE";

    // From the action catalogue
    public const string UnknownPrefix = "UNKNOWN_PREFIX";
    public const string UnknownAction = "UNKNOWN_ACTION";
    public const string WildcardMatchesNoAction = "WILDCARD_MATCHES_NO_ACTION";
    public const string UnsupportedResourceArn = "UNSUPPORTED_RESOURCE_ARN_IN_POLICY";
    public const string InvalidServiceConditionKey = "INVALID_SERVICE_CONDITION_KEY";
    public const string UnsupportedConditionKey = "UNSUPPORTED_CONDITION_KEY";

    /// <summary>The validator itself failed on this document (a bug): the document is treated as not checked.</summary>
    public const string ValidationFailed = "VALIDATION_FAILED";
}
