using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace RuleOfLaw.BuildingBlocks.Hosting;

/// <summary>A page of a list: <c>{ "items": [...], "total": n }</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

/// <summary><c>?page=1&amp;pageSize=20</c>, at most 100 a page.</summary>
public sealed record PageRequest
{
    public const int MaxPageSize = 100;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 20;

    public async Task<Page<T>> ApplyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        var (page, size) = (Page, PageSize);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Page<T>(items, total, page, size);
    }
}

internal sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize);
    }
}
