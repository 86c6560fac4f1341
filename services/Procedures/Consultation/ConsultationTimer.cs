using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Procedures.Consultation;

/// <summary>The timer that closes a record's comment period the day after it ends.</summary>
public static class ConsultationTimer
{
    public static IClockElapsedHandler For<TRecord>(string kind)
        where TRecord : AggregateRoot, IConsultedRecord =>
        new RecordTimer<TRecord>(kind, (record, now) =>
        {
            if (record.CommentPeriodRunning)
            {
                record.CloseComment(StatutoryTime.DateOf(now), now);
            }
        });
}
