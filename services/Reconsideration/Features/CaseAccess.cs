namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// Case files are staff-only: the reconsideration office (and administrators) read every case; the
/// applicant reads their own through the account stored on it (own subject). Anyone else: 404.
/// </summary>
internal static class CaseAccess
{
    /// <summary>The roles of the reconsideration office, which handles every case.</summary>
    public static readonly string[] Office = [Roles.ReconsiderationOfficer];

    public static bool IsOffice(HttpContext http) => http.User.IsInRole(Roles.ReconsiderationOfficer) || http.User.IsInRole(Roles.Admin);

    public static string? SubjectOf(HttpContext http) => http.User.FindFirst(ClaimNames.Subject)?.Value;

    public static bool MayRead(HttpContext http, ReconsiderationCase @case) =>
        IsOffice(http) || (SubjectOf(http) is { } subject && @case.ApplicantAccount == subject);

    /// <summary>The case, read only, when the caller <see cref="MayRead"/> it; null, answered as 404, when it is absent or not theirs.</summary>
    public static async Task<ReconsiderationCase?> FindReadableAsync(ReconsiderationDbContext db, HttpContext http, Guid id, CancellationToken ct) =>
        await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } @case && MayRead(http, @case) ? @case : null;
}
