namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>A document the organ issued in the case (受理通知书, 补正通知书, 复议决定书 …), as the applicant sees it listed.</summary>
public sealed record CaseDocument(string Title, DateOnly IssuedOn);
