namespace RuleOfLaw.Enforcement.Features;

/// <summary>
/// Case files are staff-only: staff of the case's unit and the legal office (which supervises every
/// unit) read them; the party reads their own case through the account stored on it (own subject).
/// Anyone else is answered 404, as if there were no such case.
/// </summary>
internal static class CaseAccess
{
    public static bool MayRead(HttpContext http, EnforcementCase enforcementCase)
    {
        var user = http.User;
        if (user.IsInRole(Roles.LegalOffice) || user.IsInRole(Roles.Admin))
        {
            return true;
        }

        if (CaseRoles.UnitStaff.Any(user.IsInRole) && CallerClaims.UnitOf(user) == enforcementCase.UnitId)
        {
            return true;
        }

        return IsParty(http, enforcementCase);
    }

    public static bool IsParty(HttpContext http, EnforcementCase enforcementCase) =>
        enforcementCase.PartyAccount is { } account && http.User.FindFirst(ClaimNames.Subject)?.Value == account;
}
