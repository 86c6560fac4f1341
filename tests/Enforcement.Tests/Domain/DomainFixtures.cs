using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.Enforcement.Domain;

namespace RuleOfLaw.Enforcement.Tests.Domain;

/// <summary>Records built in memory for the aggregates' unit tests: no database, no bus.</summary>
internal static class DomainFixtures
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static readonly EnforcingUnit Unit = EnforcingUnit.Register("district-market-regulation", "南城区市场监督管理局", At(Today.AddYears(-3)));

    public static CommandTime On(DateOnly day) => new(At(day), day, WorkingCalendar.WeekendsOnly);

    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    public static Power Power(string? documentNumber = null, string? clause = null, KnownDocument? cited = null) =>
        Enforcement.Domain.Power.Register(Unit, "330217002000", PowerKind.Penalty, new PowerVersion
        {
            Name = "对未按规定查验进货凭证的处罚", EffectiveFrom = Today.AddYears(-1), LawBasis = "《食品安全法》第一百二十六条", DocumentNumber = documentNumber, DocumentClause = clause, Reason = "公布",
        }, cited, At(Today.AddYears(-1)));

    public static Officer Officer(string name, bool reviewer = false, DateOnly? until = null) =>
        Enforcement.Domain.Officer.Certify(Unit, name, "C-" + name, Today.AddYears(-1), until ?? Today.AddYears(3), reviewer, At(Today.AddYears(-1)));

    public static DiscretionBenchmark Benchmark(Power power)
    {
        var benchmark = DiscretionBenchmark.Draft(power, "裁量基准",
        [
            new BenchmarkRange { Circumstance = Circumstance.Minor, MinAmount = 0, MaxAmount = 5000 },
            new BenchmarkRange { Circumstance = Circumstance.Ordinary, MinAmount = 5000, MaxAmount = 20000 },
            new BenchmarkRange { Circumstance = Circumstance.Serious, MinAmount = 20000, MaxAmount = 50000 },
        ], At(Today.AddYears(-1)));
        benchmark.Publish(Today.AddYears(-1), Today.AddYears(-1), At(Today.AddYears(-1)));
        return benchmark;
    }

    public static EnforcementCase Open(Power power, IReadOnlyList<Officer> officers, DateOnly opened, DateOnly? act = null, bool onTheSpot = false, PartyKind party = PartyKind.Organisation, bool lifeHealth = false) =>
        EnforcementCase.Open(Unit.UnitId, power, officers, new EnforcementCase.Opening(
            "某餐饮店", party, null, "未查验进货凭证", act ?? opened.AddDays(-3), opened, lifeHealth, onTheSpot, false, false, false), On(opened));

    public static EvidenceItem Evidence(Officer by, DateOnly on, string file = "笔录.pdf") =>
        new() { FileName = file, MediaType = "application/pdf", SizeBytes = 100, Sha256 = new string('a', 64), CollectedOn = on, CollectedBy = by.Id, Description = "笔录" };
}
