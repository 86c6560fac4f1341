using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>The normative-documents service on the shared test servers, on a clock the tests move (from Monday 2 March 2026, 10:00 in Beijing).</summary>
public sealed class NormativeDocumentsServiceFactory : ServiceFactory<DocumentsDbContext>
{
    public NormativeDocumentsServiceFactory()
        : base(NormativeDocumentsService.Names)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
    }

    public DateOnly Today => StatutoryTime.Today(Time!);

    public void Advance(int days) => Time!.Advance(TimeSpan.FromDays(days));
}
