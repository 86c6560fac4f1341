using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RuleOfLaw.BuildingBlocks.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>: builds the context without starting the service or reaching a database.</summary>
public abstract class DesignTimeDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : ServiceDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        ServiceDatabase.Configure(options, "Host=localhost;Database=design_time");
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
