using Microsoft.EntityFrameworkCore;

namespace RuleOfLaw.BuildingBlocks.Persistence;

internal static class ServiceDatabase
{
    /// <summary>The one place the provider is chosen: PostgreSQL, snake_case names, retries on transient faults.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
            .UseSnakeCaseNamingConvention();
}
