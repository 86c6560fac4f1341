namespace RuleOfLaw.Contracts.Decisions;

/// <summary>重大行政决策事项目录 published with the Party committee's approval (DEC-1).</summary>
[PublicEvent]
public sealed record DecisionCataloguePublished : IntegrationEvent
{
    public required int Year { get; init; }

    public required int Items { get; init; }
}

/// <summary>A decision procedure started from a catalogue item, with its lead undertaking unit (DEC-1).</summary>
public sealed record DecisionOpened : IntegrationEvent
{
    public required string Title { get; init; }

    public required Guid CatalogueItemId { get; init; }

    public required string LeadUnitId { get; init; }

    /// <summary>The earlier decision this procedure adjusts (DEC-10), if any.</summary>
    public Guid? PreviousDecisionId { get; init; }
}

/// <summary>The draft is open for public comment (DEC-2); a shortened period carries its published reason.</summary>
[PublicEvent]
public sealed record DecisionCommentOpened : IntegrationEvent
{
    public required DateOnly OpensOn { get; init; }

    public required DateOnly ClosesOn { get; init; }

    public string? ShorterPeriodReason { get; init; }
}

/// <summary>A public comment was received on the draft (DEC-2); who wrote it and what stays with the decision.</summary>
[PublicEvent]
public sealed record DecisionCommentSubmitted : IntegrationEvent
{
    public required Guid CommentId { get; init; }

    /// <summary>Whether the commenter gave no name (and was not signed in).</summary>
    public required bool Anonymous { get; init; }
}

/// <summary>The comment period ended (DEC-2).</summary>
public sealed record DecisionCommentClosed : IntegrationEvent
{
    public required int Comments { get; init; }
}

/// <summary>Every comment's disposition was published (DEC-2).</summary>
[PublicEvent]
public sealed record DecisionCommentDispositionsPublished : IntegrationEvent
{
    public required int Comments { get; init; }

    public required int Adopted { get; init; }
}

/// <summary>听证会 held and its record signed (DEC-3).</summary>
public sealed record DecisionHearingHeld : IntegrationEvent
{
    public required DateOnly HeldOn { get; init; }

    public required int Participants { get; init; }
}

/// <summary>社会稳定风险评估 concluded (DEC-5).</summary>
public sealed record DecisionRiskAssessed : IntegrationEvent
{
    public required string Level { get; init; }

    public required bool Controllable { get; init; }
}

/// <summary>合法性审查 concluded (DEC-6): Lawful, LawfulWithChanges or Unlawful.</summary>
public sealed record DecisionLegalityReviewed : IntegrationEvent
{
    public required string Conclusion { get; init; }
}

/// <summary>Put on the meeting agenda with a complete package (DEC-6, DEC-7).</summary>
public sealed record DecisionSubmittedToMeeting : IntegrationEvent
{
    public required DateOnly MeetingDate { get; init; }

    /// <summary>Whether the legality review had found it lawful before the agenda (appraisal counts it).</summary>
    public required bool ReviewedBeforeMeeting { get; init; }

    /// <summary>The legal risk stated for a reform pilot put on the agenda without a lawful review.</summary>
    public string? ReformPilotLegalRisk { get; init; }
}

/// <summary>集体讨论决定 (DEC-8): Adopted, Rejected or Deferred.</summary>
public sealed record DecisionTaken : IntegrationEvent
{
    public required string Outcome { get; init; }

    public required bool ReviewedBeforeMeeting { get; init; }

    public required bool HeadDecidedAgainstMajority { get; init; }

    public required bool LegalOfficeHeadAttended { get; init; }
}

/// <summary>Published with the explanation of adopted opinions, and archived (DEC-9).</summary>
[PublicEvent]
public sealed record DecisionPublished : IntegrationEvent
{
    public required string Title { get; init; }

    public required DateOnly PublishedOn { get; init; }
}

/// <summary>决策后评估 (DEC-10): Continue, Adjust, Suspend or Stop.</summary>
public sealed record DecisionEvaluated : IntegrationEvent
{
    public required string Result { get; init; }

    public required bool MajorLoss { get; init; }

    /// <summary>The new procedure a major adjustment started.</summary>
    public Guid? NewProcedureId { get; init; }
}

/// <summary>中止执行 by the head, with the reason (DEC-10).</summary>
public sealed record DecisionSuspended : IntegrationEvent
{
    public required string Reason { get; init; }
}

/// <summary>停止执行 after evaluation (DEC-10).</summary>
public sealed record DecisionStopped : IntegrationEvent
{
    public required string Reason { get; init; }
}

/// <summary>责任追究 recorded (DEC-11); members who dissented at the meeting are marked.</summary>
public sealed record DecisionAccountabilityRecorded : IntegrationEvent
{
    public required string Ground { get; init; }

    public Guid? DecisionId { get; init; }

    public required IReadOnlyList<string> ResponsiblePersons { get; init; }

    public required IReadOnlyList<string> Dissenters { get; init; }
}
