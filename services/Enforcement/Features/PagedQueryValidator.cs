using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>What every paged query of the service is validated by first: the paging rules (page from 1, a bounded page size).</summary>
internal abstract class PagedQueryValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : class, IPagedQuery
{
    protected PagedQueryValidator() => Include(new PagingRules());
}
