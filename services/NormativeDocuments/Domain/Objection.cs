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

    public DateOnly AnswerDueOn { get; private init; }

    public string? Answer { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    /// <summary>DOC-13: anyone objects to a published document; the unit's answer is due on <paramref name="answerDueOn"/>, the district's period from today.</summary>
    public static Objection Submit(NormativeDocument document, string? objector, string content, DateOnly today, DateOnly answerDueOn, WorkingCalendar calendar, DocumentSettings settings, DateTimeOffset now)
    {
        DocumentRules.Doc13.Require(document.Number is not null, "只能对已公布的文件提出异议。", "Only a published document can be objected to.");
        var objection = new Objection
        {
            UnitId = document.UnitId,
            DocumentId = document.Id,
            Objector = string.IsNullOrWhiteSpace(objector) ? null : objector,
            Content = content,
            SubmittedOn = today,
            AnswerDueOn = answerDueOn,
        };
        objection.Begin(ObjectionStatus.Submitted, now, $"answer due {answerDueOn:yyyy-MM-dd}");
        document.RecordObjection(objection.Id, null, now);
        objection.ClockChanges.Start(StatutoryClock.Start(
            nameof(Objection), objection.Id, document.UnitId, DocumentClocks.ObjectionAnswer, DocumentRules.Doc13.Id, today, settings.ObjectionAnswerDays, PeriodUnit.CalendarDays, calendar, now));
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
