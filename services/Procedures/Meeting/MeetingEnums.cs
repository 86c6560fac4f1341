namespace RuleOfLaw.Procedures.Meeting;

public enum MeetingType
{
    /// <summary>常务会议.</summary>
    Executive,

    /// <summary>领导班子会议.</summary>
    Leadership,

    /// <summary>全体会议.</summary>
    Plenary,
}

public enum MeetingOutcome
{
    Adopted,
    Rejected,
    Deferred,
}

/// <summary>A member's position in the minutes: 同意 / 不同意 / 保留意见 (abstains).</summary>
public enum Stance
{
    Agrees,
    Disagrees,
    Abstains,
}
