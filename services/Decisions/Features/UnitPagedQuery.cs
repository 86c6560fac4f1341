using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Decisions.Features;

/// <summary>A page of one kind of the service's records, narrowed to one unit's when the caller names it.</summary>
public interface IUnitPagedQuery : IPagedQuery
{
    string? UnitId { get; }
}

/// <summary>What every list of the service's records checks: its paging, and the unit it may be narrowed to.</summary>
internal abstract class UnitPagedQueryValidator<TQuery> : PagedQueryValidator<TQuery>
    where TQuery : class, IUnitPagedQuery
{
    protected UnitPagedQueryValidator() => RuleFor(x => x.UnitId).MaximumLength(RecordMapping.UnitIdLength);
}
