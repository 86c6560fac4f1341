using Microsoft.AspNetCore.Http;
using RuleOfLaw.BuildingBlocks.Commands;

namespace RuleOfLaw.Procedures;

/// <summary>
/// How a service runs a shared procedure step on one of its records: load (404), check If-Match
/// (412), apply, save in one transaction, answer the record as the service shows it.
/// </summary>
public interface IProcedureRecords<TRecord>
{
    Task<IResult> RunAsync(Guid id, Func<TRecord, CommandTime, Task> step, CancellationToken cancellationToken);
}
