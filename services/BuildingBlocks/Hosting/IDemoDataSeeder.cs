namespace RuleOfLaw.BuildingBlocks.Hosting;

/// <summary>Puts realistic demo records into an empty database when <c>DemoData:Enabled</c> is true. Must be safe to run twice.</summary>
public interface IDemoDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
