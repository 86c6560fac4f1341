using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.NormativeDocuments;

namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>
/// 规范性文件附带审查 — asked for in a reconsideration case (REC-9): decided within 30 days or transferred
/// to the competent organ within 7; the issuing unit answers within 10; a clause found unlawful is
/// suspended (DOC-14). The result goes back to the case as an event.
/// </summary>
public sealed class IncidentalReview : AggregateRoot<IncidentalReviewStatus>
{
    /// <summary>DOC-14: decided within 30 days of receipt, or transferred within 7; the issuing unit answers within 10.</summary>
    public const int DecisionDays = 30;
    public const int TransferDays = 7;
    public const int IssuerAnswerDays = 10;

    private IncidentalReview()
    {
    }

    public Guid CaseId { get; private init; }

    public string DocumentNumber { get; private init; } = "";

    public Guid? DocumentId { get; private init; }

    public List<string> Clauses { get; private init; } = [];

    public string Grounds { get; private init; } = "";

    public DateOnly ReceivedOn { get; private init; }

    public string? IssuerAnswer { get; private set; }

    public List<string> SuspendedClauses { get; private set; } = [];

    public string? TransferredTo { get; private set; }

    public string? Reasoning { get; private set; }

    public static IncidentalReview Receive(Guid caseId, string unitId, string documentNumber, NormativeDocument? document, IEnumerable<string> clauses, string grounds, DateOnly receivedOn, WorkingCalendar calendar, DateTimeOffset now)
    {
        var review = new IncidentalReview
        {
            CaseId = caseId,
            UnitId = unitId,
            DocumentNumber = documentNumber,
            DocumentId = document?.Id,
            Clauses = [.. clauses],
            Grounds = grounds,
            ReceivedOn = receivedOn,
        };
        review.Begin(IncidentalReviewStatus.Received, now, $"case {caseId}: {string.Join("、", review.Clauses)}");
        if (document is null)
        {
            review.Reasoning = $"No document numbered {documentNumber} is in the register.";
            review.TransitionTo(IncidentalReviewStatus.DocumentNotFound, now, review.Reasoning);
            review.Announce("DocumentNotFound", now);
            return review;
        }

        review.StartClock(DocumentClocks.IncidentalDecision, receivedOn, DecisionDays, calendar, now);
        review.StartClock(DocumentClocks.IncidentalTransfer, receivedOn, TransferDays, calendar, now);
        return review;
    }

    public void AskIssuer(WorkingCalendar calendar, DateTimeOffset now)
    {
        DocumentRules.Doc14.Require(Status == IncidentalReviewStatus.Received, "应当在作出处理决定前要求制定机关答复，且只要求一次。", "The issuing unit is asked once, before the decision.");
        TransitionTo(IncidentalReviewStatus.AwaitingIssuerAnswer, now, "issuing unit asked to answer within 10 days");
        StartClock(DocumentClocks.IssuerAnswer, StatutoryTime.DateOf(now), IssuerAnswerDays, calendar, now);
    }

    public void RecordIssuerAnswer(string answer, DateTimeOffset now)
    {
        DocumentRules.Doc14.Require(Status == IncidentalReviewStatus.AwaitingIssuerAnswer, "尚未要求制定机关答复。", "The issuing unit was not asked.");
        IssuerAnswer = answer;
        TransitionTo(IncidentalReviewStatus.Received, now, "issuing unit answered");
        ClockChanges.Stop(DocumentClocks.IssuerAnswer, "issuing unit answered", now);
    }

    /// <summary>DOC-14: decides; each clause found unlawful is suspended in the register and the case is told.</summary>
    public void Conclude(IReadOnlyList<string> unlawfulClauses, string reasoning, NormativeDocument document, DateOnly today, DateTimeOffset now)
    {
        DocumentRules.Doc14.Require(Status is IncidentalReviewStatus.Received or IncidentalReviewStatus.AwaitingIssuerAnswer, "附带审查已经办结。", "The review is concluded already.");
        DocumentRules.Doc14.Require(unlawfulClauses.All(Clauses.Contains), "只能认定审查范围内的条款不合法。", "Only the clauses under review can be found unlawful.");
        foreach (var clause in unlawfulClauses)
        {
            document.SuspendClause(clause, $"incidental review for case {CaseId}: {reasoning}", today, now);
        }

        SuspendedClauses = [.. unlawfulClauses];
        Reasoning = reasoning;
        TransitionTo(IncidentalReviewStatus.Concluded, now, unlawfulClauses.Count == 0 ? "lawful" : $"unlawful: {string.Join("、", unlawfulClauses)}");
        ClockChanges.Stop(null, "concluded", now);
        Announce(unlawfulClauses.Count == 0 ? "Lawful" : "Unlawful", now);
    }

    /// <summary>DOC-14: not competent: transferred to the competent organ (within 7 days).</summary>
    public void Transfer(string organ, string reasoning, DateTimeOffset now)
    {
        DocumentRules.Doc14.Require(Status is IncidentalReviewStatus.Received or IncidentalReviewStatus.AwaitingIssuerAnswer, "附带审查已经办结。", "The review is concluded already.");
        TransferredTo = organ;
        Reasoning = reasoning;
        TransitionTo(IncidentalReviewStatus.Transferred, now, $"transferred to {organ}");
        ClockChanges.Stop(null, "transferred", now);
        Announce("Transferred", now);
    }

    private void StartClock(string kind, DateOnly from, int days, WorkingCalendar calendar, DateTimeOffset now) =>
        ClockChanges.Start(StatutoryClock.Start(nameof(IncidentalReview), Id, UnitId, kind, DocumentRules.Doc14.Id, from, days, PeriodUnit.CalendarDays, calendar, now));

    private void Announce(string outcome, DateTimeOffset now) =>
        Raise(new IncidentalReviewConcluded
        {
            OccurredAt = now, UnitId = UnitId, RecordId = Id, CaseId = CaseId, DocumentNumber = DocumentNumber,
            Outcome = outcome, SuspendedClauses = SuspendedClauses, TransferredTo = TransferredTo, Reasoning = Reasoning ?? "",
        });
}
