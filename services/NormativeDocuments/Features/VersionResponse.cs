namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record VersionResponse(int Number, string Title, string Body, DateTimeOffset CreatedAt, string? Reason);
