namespace RuleOfLaw;

/// <summary>Names of the resources the AppHost starts: also their service-discovery names and connection-string names.</summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Messaging = "messaging";
    public const string Gateway = "gateway";

    /// <summary>The citizens' portal and staff console (web/Web), which calls only the gateway.</summary>
    public const string Web = "web";

    public const string Decisions = "decisions";
    public const string NormativeDocuments = "normative-documents";
    public const string Enforcement = "enforcement";
    public const string Reconsideration = "reconsideration";
    public const string Appraisal = "appraisal";
    public const string Identity = "identity";

    public const string DecisionsDb = "decisionsdb";
    public const string NormativeDocumentsDb = "documentsdb";
    public const string EnforcementDb = "enforcementdb";
    public const string ReconsiderationDb = "reconsiderationdb";
    public const string AppraisalDb = "appraisaldb";
    public const string IdentityDb = "identitydb";
}
