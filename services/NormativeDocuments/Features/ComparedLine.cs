namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>One line of a <see cref="VersionComparison"/>: "unchanged", "inserted" or "deleted".</summary>
public sealed record ComparedLine(string Change, string Text);
