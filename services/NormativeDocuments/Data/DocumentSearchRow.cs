using NpgsqlTypes;

namespace RuleOfLaw.NormativeDocuments.Data;

/// <summary>
/// A published document as the public search reads it (DOC-12, decision 0020): the columns the
/// register query filters and sorts on and the tsvector of its search terms, about 100 bytes a row
/// beside the tsvector, so a search never reads the document's own wide row. PostgreSQL keeps it
/// from <c>documents</c> (a trigger, see the migration <c>NarrowSearchTable</c>); the service only reads it.
/// </summary>
public sealed class DocumentSearchRow
{
    public Guid DocumentId { get; init; }

    public required string Number { get; init; }

    public required string UnitId { get; init; }

    public DocumentStatus Status { get; init; }

    public DateOnly PublishedOn { get; init; }

    public int NumberSequence { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public DateOnly ExpiresOn { get; init; }

    public DateOnly? LeftForceOn { get; init; }

    public NpgsqlTsVector SearchVector { get; init; } = null!;
}
