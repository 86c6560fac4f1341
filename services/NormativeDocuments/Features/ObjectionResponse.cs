namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record ObjectionResponse(Guid Id, Guid DocumentId, string? Objector, string Content, ObjectionStatus Status, DateOnly SubmittedOn, DateOnly AnswerDueOn, string? Answer, DateOnly? AnsweredOn)
{
    public static ObjectionResponse From(Objection o) => new(o.Id, o.DocumentId, o.Objector, o.Content, o.Status, o.SubmittedOn, o.AnswerDueOn, o.Answer, o.AnsweredOn);
}
