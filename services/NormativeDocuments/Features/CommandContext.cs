namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>What a step on a record gets to work with: the time, today, the calendar and the district settings.</summary>
public sealed record CommandContext(DateTimeOffset Now, DateOnly Today, WorkingCalendar Calendar, DocumentSettings Settings);
