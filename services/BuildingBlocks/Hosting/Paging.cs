using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace RuleOfLaw.BuildingBlocks.Hosting;

/// <summary>A page of a list: <c>{ "items": [...], "total": n }</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

/// <summary><c>?page=1&amp;pageSize=20</c>, at most 100 a page.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 100;

    public async Task<Page<T>> ApplyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page<T>(items, total, Page, PageSize);
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
