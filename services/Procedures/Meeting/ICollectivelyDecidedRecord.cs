namespace RuleOfLaw.Procedures.Meeting;

/// <summary>A record a collective meeting decides.</summary>
public interface ICollectivelyDecidedRecord
{
    void Decide(CollectiveMeeting meeting, DateTimeOffset now);
}
