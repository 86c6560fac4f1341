using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Procedures.Consultation;

/// <summary>The clock that closes a record's comment period the day after it ends.</summary>
public static class ConsultationClock
{
    /// <summary>The clock of a period just opened: it fires the day after <paramref name="closesOn"/>.</summary>
    public static StatutoryClock Start<TRecord>(TRecord record, string kind, string ruleId, DateOnly closesOn, DateTimeOffset now)
        where TRecord : AggregateRoot =>
        StatutoryClock.FireOn(typeof(TRecord).Name, record.Id, record.UnitId, kind, ruleId, closesOn.AddDays(1), now);

    public static IClockElapsedHandler For<TRecord>(string kind)
        where TRecord : AggregateRoot, IConsultedRecord =>
        new ClockElapsedHandler<TRecord>(kind, (record, now) =>
        {
            if (record.CommentPeriodRunning)
            {
                record.CloseComment(StatutoryTime.DateOf(now), now);
            }
        });
}
