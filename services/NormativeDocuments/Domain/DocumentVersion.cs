namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>One version of a document's text; amendments add versions, none is ever overwritten (DOC-12).</summary>
public sealed class DocumentVersion
{
    public int Number { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? Reason { get; init; }
}
