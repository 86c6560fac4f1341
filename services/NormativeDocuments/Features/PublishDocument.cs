namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>Publication: the effective date (today or later) and the expiry date; the number is assigned, never chosen.</summary>
public sealed record PublishRequest(DateOnly EffectiveFrom, DateOnly ExpiresOn);

internal sealed class PublishValidator : AbstractValidator<PublishRequest>
{
    public PublishValidator() => RuleFor(x => x.ExpiresOn).GreaterThan(x => x.EffectiveFrom);
}

/// <summary>统一登记、编号、公布 (DOC-5, DOC-6, DOC-7): the number is drawn in the publication's transaction.</summary>
internal static class PublishDocument
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/publish", (Guid id, PublishRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, async (d, c) =>
            {
                // Refused before a number is drawn, so a refused publication never holds a number.
                d.RequireAdopted();
                var issuer = await db.IssuingUnits.AsNoTracking().SingleAsync(u => u.UnitId == d.UnitId, ct);
                var sequence = await NumberCounter.NextAsync(db, d.UnitId, c.Today.Year, ct);
                d.Publish(issuer.Code, c.Today.Year, sequence, c.Today, request.EffectiveFrom, request.ExpiresOn, c.Calendar, c.Settings, c.Now);
            }, ct))
        .Validate<PublishRequest>()
        .WithRequestExample(Examples.Publish)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PublishDocument")
        .WithSummary("Publishes an adopted document under the next number of its unit and year, 〈code〉规〔〈year〉〕〈n〉号 (DOC-5 … DOC-7).");
}
