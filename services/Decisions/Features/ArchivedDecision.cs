using System.Text.Json;
using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Decisions.Features;

/// <summary>The archived record: the decision and every comment with its disposition.</summary>
public sealed record ArchivedDecision(DecisionResponse Decision, IReadOnlyList<CommentResponse> Comments)
{
    /// <summary>The archive row of a decision just published (DEC-9), in the same transaction as the publication: the full record.</summary>
    public static DecisionArchive Archive(MajorDecision decision, DateTimeOffset now, JsonSerializerOptions json)
    {
        var record = new ArchivedDecision(DecisionResponse.From(decision, RecordView.Full, StatutoryTime.DateOf(now)), [.. decision.Comments.Select(CommentResponse.From)]);
        return new DecisionArchive { DecisionId = decision.Id, UnitId = decision.UnitId, ArchivedAt = now, Content = JsonSerializer.Serialize(record, json) };
    }

    /// <summary>The archived record as <paramref name="view"/> shows it: the decision shaped as it is everywhere else.</summary>
    public static JsonElement Show(DecisionArchive archive, RecordView view, JsonSerializerOptions json)
    {
        if (view == RecordView.Full)
        {
            return JsonDocument.Parse(archive.Content).RootElement.Clone();
        }

        var record = JsonSerializer.Deserialize<ArchivedDecision>(archive.Content, json)!;
        var publishedOn = record.Decision.PublishedOn ?? StatutoryTime.DateOf(archive.ArchivedAt);
        return JsonSerializer.SerializeToElement(record with { Decision = record.Decision.As(view, publishedOn) }, json);
    }
}
