namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// Litigation, mediation, petition and compensation records are staff-only: the legal/reconsideration organ
/// writes and reads them all; staff of the unit a record concerns read that record (own unit). Anyone else: 404.
/// Nothing of them is published.
/// </summary>
internal static class RemedyAccess
{
    /// <summary>The roles of the legal/reconsideration organ, which keeps these records.</summary>
    public static readonly string[] Organ = [Roles.ReconsiderationOfficer, Roles.LegalOffice];

    public static bool SeesAll(HttpContext http) => Organ.Any(http.User.IsInRole) || http.User.IsInRole(Roles.Admin);

    /// <summary>The records the caller may read: all for the organ, their own unit's for its staff, none for anyone else.</summary>
    public static IQueryable<TRecord> VisibleTo<TRecord>(this IQueryable<TRecord> records, HttpContext http)
        where TRecord : IConcernsUnit
    {
        if (SeesAll(http))
        {
            return records;
        }

        var unit = RecordViews.StaffUnitOf(http.User);
        return records.Where(r => unit != null && r.ConcernedUnitId == unit);
    }
}
