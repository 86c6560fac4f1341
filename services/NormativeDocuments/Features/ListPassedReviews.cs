using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record PassedReviewQuery(DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 20) : IPagedQuery, IPeriodQuery;

internal sealed class PassedReviewQueryValidator : PagedQueryValidator<PassedReviewQuery>
{
    public PassedReviewQueryValidator() => this.EndsNotBeforeItStarts();
}

/// <summary>The list of passed documents the supervising body publishes (DOC-11).</summary>
internal static class ListPassedReviews
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapGet("/filing-reviews/passed", async ([AsParameters] PassedReviewQuery query, DocumentsDbContext db, CancellationToken ct) =>
        {
            var passed = db.Documents.AsNoTracking().Where(d => d.FilingReview!.Outcome == ReviewOutcome.Passed);
            if (query.From is { } from)
            {
                passed = passed.Where(d => d.FilingReview!.ConcludedOn >= from);
            }

            if (query.To is { } to)
            {
                passed = passed.Where(d => d.FilingReview!.ConcludedOn <= to);
            }

            return TypedResults.Ok(await new PageRequest(query.Page, query.PageSize).ApplyAsync(
                passed.OrderBy(d => d.FilingReview!.ConcludedOn).ThenBy(d => d.Number)
                    .Select(d => new PassedReviewItem(d.Id, d.Number!, d.Title, d.UnitId, d.FilingReview!.ConcludedOn!.Value)),
                ct));
        })
        .Validate<PassedReviewQuery>()
        .WithTags("Filing review")
        .WithName("ListPassedReviews")
        .WithSummary("The documents that passed filing review in a period, as the supervising body publishes them (DOC-11).");
}
