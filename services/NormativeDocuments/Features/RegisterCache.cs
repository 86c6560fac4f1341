using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>
/// The public register's answers are kept in memory for a few seconds (<c>RegisterCache:Seconds</c>,
/// default 10; 0 turns it off), so a search the public asks again (the portal's common words, the number
/// of a document in the news) is answered without its three queries. ASP.NET Core's output cache keeps
/// only answers to requests without a token that succeeded, one per query string, and lets one request
/// compute an answer while the same ones wait for it. A commit that adds or changes a document empties
/// it on this replica at once (<see cref="RegisterChanges"/>); another replica may answer from its own
/// memory for up to those seconds longer.
/// </summary>
internal static class RegisterCache
{
    public const string Policy = "public-register";

    public const string Tag = "register";

    public static IServiceCollection AddRegisterCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var seconds = configuration.GetValue("RegisterCache:Seconds", 10);
            options.AddPolicy(Policy, policy =>
            {
                if (seconds > 0)
                {
                    policy.Expire(TimeSpan.FromSeconds(seconds)).Tag(Tag);
                }
                else
                {
                    policy.NoCache();
                }
            });
        });
        services.AddScoped<RegisterChanges>();
        services.ConfigureDbContext<DocumentsDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<RegisterChanges>()));
        return services;
    }
}

/// <summary>Empties the register cache after a commit that added, changed or removed a document or any part of it.</summary>
internal sealed class RegisterChanges(IOutputCacheStore store) : AfterCommitInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    // The commit already happened; a cache that could not be emptied must not turn it into an error.
    protected override ValueTask AfterCommitAsync() => store.EvictByTagAsync(RegisterCache.Tag, CancellationToken.None);

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && (e.Entity is NormativeDocument || e.Metadata.FindOwnership()?.PrincipalEntityType.ClrType == typeof(NormativeDocument))))
        {
            ActAfterCommit();
        }
    }
}
