using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace RuleOfLaw.BuildingBlocks.Hosting;

/// <summary>A page of a list: <c>{ "items": [...], "total": n }</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

/// <summary>A list query's paging: <c>?page=1&amp;pageSize=20</c>.</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}

/// <summary><c>?page=1&amp;pageSize=20</c>, at most 100 a page.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = 20) : IPagedQuery
{
    public static PageRequest Of(IPagedQuery query) => new(query.Page, query.PageSize);

    /// <summary>A page of records shown as <typeparamref name="TResponse"/>; the mapping runs after the page is read.</summary>
    public async Task<Page<TResponse>> ApplyAsync<T, TResponse>(IQueryable<T> query, Func<T, TResponse> show, CancellationToken cancellationToken)
    {
        var page = await ApplyAsync(query, cancellationToken);
        return new Page<TResponse>([.. page.Items.Select(show)], page.Total, page.PageNumber, page.PageSize);
    }

    public const int MaxPageSize = 100;

    public async Task<Page<T>> ApplyAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page<T>(items, total, Page, PageSize);
    }
}

/// <summary>The paging rules of every list query; a query's validator includes them.</summary>
public sealed class PagingRules : AbstractValidator<IPagedQuery>
{
    public PagingRules()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PageRequest.MaxPageSize);
    }
}

/// <summary>What a paged query's validator starts from: the paging rules (page from 1, a bounded page size).</summary>
public abstract class PagedQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : class, IPagedQuery
{
    protected PagedQueryValidator() => Include(new PagingRules());
}

internal sealed class PageRequestValidator : PagedQueryValidator<PageRequest>;
