using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.NormativeDocuments;

namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>规范性文件 — a normative document of an issuing unit, from its draft on.</summary>
public sealed class NormativeDocument : AggregateRoot<DocumentStatus>
{
    private NormativeDocument()
    {
    }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    /// <summary>Directly affects the rights or obligations of citizens or organisations (DOC-2 public comment).</summary>
    public bool AffectsRights { get; private set; }

    /// <summary>Closely tied to market activity (DOC-2: 30 days of comment and a fair-competition review).</summary>
    public bool MarketRelated { get; private set; }

    /// <summary>暂行/试行 — provisional (DOC-7: valid at most 2 years).</summary>
    public bool Provisional { get; private set; }

    public DateTimeOffset DraftedAt { get; private set; }

    public static NormativeDocument Draft(string unitId, string title, string body, bool affectsRights, bool marketRelated, bool provisional, DateTimeOffset now)
    {
        var document = new NormativeDocument
        {
            UnitId = unitId,
            Title = title,
            Body = body,
            AffectsRights = affectsRights,
            MarketRelated = marketRelated,
            Provisional = provisional,
            DraftedAt = now,
        };
        document.Begin(DocumentStatus.Drafted, now);
        document.Raise(new DocumentDrafted { OccurredAt = now, UnitId = unitId, RecordId = document.Id, Title = title });
        return document;
    }
}
