using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Identity.Administration;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Demo;

/// <summary>
/// Two units with an account for every staff role in each, a citizen, an administrator, a district
/// system and the portal, for development only (<c>DemoData:Enabled</c>). Every account's password is
/// <see cref="Password"/>.
/// </summary>
public sealed class DemoIdentities(
    IdentityDbContext db,
    IPasswordHasher<UserAccount> hasher,
    IOpenIddictApplicationManager applications,
    TimeProvider time,
    IHostEnvironment environment,
    IConfiguration configuration,
    ILogger<DemoIdentities> logger) : IDemoDataSeeder
{
    public const string Password = "ruleoflaw-demo";

    public static readonly Guid JusticeUnitId = new("0199a000-0000-7000-8000-000000000001");
    public static readonly Guid MarketUnitId = new("0199a000-0000-7000-8000-000000000002");

    /// <summary>The district government, whose demo catalogue and major decisions the decisions service seeds.</summary>
    public static readonly Guid GovernmentUnitId = new("0199a000-0000-7000-8000-000000000003");

    public const string DistrictSystemClientId = "district-data-exchange";
    public const string DistrictSystemSecret = "demo-secret-of-the-district-data-exchange";
    public const string PortalClientId = "ruleoflaw-portal";
    public static readonly Uri PortalRedirectUri = new("http://localhost/callback");

    /// <summary>The web front end (web/Web), registered at the address <c>DemoData:WebAddress</c> names.</summary>
    public const string WebClientId = "ruleoflaw-web";

    private static readonly (Guid Id, string Code, string Name, string Suffix, string Short)[] Units =
    [
        (JusticeUnitId, "district-justice", "区司法局", "justice", "司法局"),
        (MarketUnitId, "district-market-regulation", "区市场监督管理局", "market", "市场监管局"),
        (GovernmentUnitId, "district-government", "区人民政府", "government", "区政府"),
    ];

    // user name prefix → role and the title shown as the person's name
    private static readonly (string Prefix, string Role, string Title)[] StaffAccounts =
    [
        ("staff", Roles.UnitStaff, "工作人员"),
        ("head", Roles.UnitHead, "负责人"),
        ("legal", Roles.LegalOffice, "法制审核员"),
        ("enforcement", Roles.EnforcementOfficer, "执法人员"),
        ("reconsideration", Roles.ReconsiderationOfficer, "复议人员"),
        ("appraisal", Roles.AppraisalAdmin, "考核管理员"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // Accounts with a published password must never exist where real people sign in, whatever the configuration says.
        if (environment.IsProduction())
        {
            logger.LogWarning("DemoData:Enabled is set in Production: the demo accounts and clients are not created");
            return;
        }

        if (!await db.Units.AnyAsync(cancellationToken))
        {
            await SeedAccountsAsync(cancellationToken);
        }

        if (await applications.FindByClientIdAsync(DistrictSystemClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(ClientRegistrations.DistrictSystem(DistrictSystemClientId, "区政务数据共享交换平台（演示）", DistrictSystemSecret), cancellationToken);
        }

        if (await applications.FindByClientIdAsync(PortalClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(
                ClientRegistrations.FrontEnd(PortalClientId, "依法行政门户（演示）", [PortalRedirectUri, new Uri("http://localhost:5173/callback")], [new Uri("http://localhost/")]),
                cancellationToken);
        }

        await RegisterWebFrontEndAsync(cancellationToken);
    }

    /// <summary>
    /// The web front end signs in at <c>{DemoData:WebAddress}/signin-oidc</c>. Its address may change between
    /// starts (the AppHost picks a free port), so an existing registration takes the current one.
    /// </summary>
    private async Task RegisterWebFrontEndAsync(CancellationToken cancellationToken)
    {
        if (configuration["DemoData:WebAddress"] is not { Length: > 0 } configured)
        {
            return;
        }

        var address = new Uri(configured.TrimEnd('/') + "/");
        var descriptor = ClientRegistrations.FrontEnd(
            WebClientId, "依法行政门户与工作台（演示）", [new Uri(address, "signin-oidc")], [new Uri(address, "signout-callback-oidc")]);
        if (await applications.FindByClientIdAsync(WebClientId, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    private async Task SeedAccountsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var accounts = new List<UserAccount>();
        foreach (var (id, code, name, suffix, shortName) in Units)
        {
            db.Units.Add(Unit.Create(id, code, name, now));
            accounts.AddRange(StaffAccounts.Select(a => UserAccount.Create($"{a.Prefix}.{suffix}", $"{shortName}{a.Title}", id, [a.Role], now)));
        }

        accounts.Add(UserAccount.Create("citizen", "王市民", null, [Roles.Citizen], now));
        accounts.Add(UserAccount.Create("admin", "系统管理员", null, [Roles.Admin], now));

        // One hash for all: hashing is slow on purpose, and these accounts share their password anyway.
        var hash = hasher.HashPassword(accounts[0], Password);
        foreach (var account in accounts)
        {
            account.SetPasswordHash(hash);
        }

        db.Users.AddRange(accounts);
        await db.SaveChangesAsync(cancellationToken);
    }
}
