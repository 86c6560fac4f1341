using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.Identity.Connect;
using RuleOfLaw.Identity.Domain;
using RuleOfLaw.Identity.Keys;

namespace RuleOfLaw.Identity.Data;

/// <summary>
/// The identity service's database: units, user accounts, the server's signing and encryption keys,
/// the data-protection keys of its cookies, the revoked subjects, and OpenIddict's applications, authorizations, scopes and tokens.
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : ServiceDbContext(options), IDataProtectionKeyContext
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<ServerKey> ServerKeys => Set<ServerKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SubjectRevocation> SubjectRevocations => Set<SubjectRevocation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();

        // OpenIddict names its tables itself; these names follow the database's snake_case like every other table.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("openiddict_applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("openiddict_authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("openiddict_scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("openiddict_tokens");
    }
}

public sealed class IdentityDbContextFactory : DesignTimeDbContextFactory<IdentityDbContext>;
