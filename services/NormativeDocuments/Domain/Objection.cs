using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.NormativeDocuments;

namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>异议 — anyone's objection to a published document (DOC-13), answered publicly within the period.</summary>
public sealed class Objection : AggregateRoot<ObjectionStatus>
{
    private Objection()
    {
    }

    public Guid DocumentId { get; private init; }

    /// <summary>Null for an anonymous objection.</summary>
    public string? Objector { get; private init; }

    public string Content { get; private init; } = "";

    public DateOnly SubmittedOn { get; private init; }

    public DateOnly AnswerDueOn { get; private set; }

    public string? Answer { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    /// <summary>DOC-13: anyone objects to a published document; the unit's answer is due when its answer clock, the district's period from today, runs out.</summary>
    public static Objection Submit(NormativeDocument document, string? objector, string content, DateOnly today, WorkingCalendar calendar, DocumentSettings settings, DateTimeOffset now)
    {
        DocumentRules.Doc13.Require(document.Number is not null, "只能对已公布的文件提出异议。", "Only a published document can be objected to.");
        var objection = new Objection
        {
            UnitId = document.UnitId,
            DocumentId = document.Id,
            Objector = string.IsNullOrWhiteSpace(objector) ? null : objector,
            Content = content,
            SubmittedOn = today,
        };
        var clock = objection.ClockChanges.Start(StatutoryClock.Start(
            nameof(Objection), objection.Id, document.UnitId, DocumentClocks.ObjectionAnswer, DocumentRules.Doc13.Id, today, settings.ObjectionAnswerDays, PeriodUnit.CalendarDays, calendar, now));
        objection.AnswerDueOn = clock.DueDate;
        objection.Begin(ObjectionStatus.Submitted, now, $"answer due {objection.AnswerDueOn:yyyy-MM-dd}");
        document.RecordObjection(objection.Id, null, now);
        return objection;
    }

    /// <summary>DOC-13: the answer is published; an upheld objection opens a review of the document.</summary>
    public void AnswerWith(bool upheld, string answer, NormativeDocument document, DateOnly today, DateTimeOffset now)
    {
        DocumentRules.Doc13.Require(Status == ObjectionStatus.Submitted, "该异议已经答复。", "The objection is answered already.");
        Answer = answer;
        AnsweredOn = today;
        TransitionTo(upheld ? ObjectionStatus.Upheld : ObjectionStatus.Rejected, now, answer);
        ClockChanges.Stop(null, "answered", now);
        document.RecordObjection(Id, upheld ? "upheld" : "rejected", now);
        if (upheld)
        {
            document.OpenReview($"objection {Id} upheld", today, now);
        }

        Raise(new ObjectionAnswered { OccurredAt = now, UnitId = UnitId, RecordId = Id, DocumentId = DocumentId, Upheld = upheld, Answer = answer });
    }
}
