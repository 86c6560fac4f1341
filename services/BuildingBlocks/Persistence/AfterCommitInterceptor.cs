using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RuleOfLaw.BuildingBlocks.Persistence;

/// <summary>
/// An interceptor that acts once what a <c>SaveChanges</c> wrote is visible to others: at the end of the
/// <c>SaveChanges</c> when it ran in a transaction of its own, or when the explicit transaction around it
/// commits. A derived interceptor calls <see cref="ActAfterCommit"/> while the changes are being saved, and
/// <see cref="AfterCommitAsync"/> then runs once, after the commit. A rollback does not forget it: a save
/// retried by the execution strategy acts after the retry commits.
/// </summary>
public abstract class AfterCommitInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _pending;

    /// <summary>The changes being saved concern this interceptor: act once they are committed.</summary>
    protected void ActAfterCommit() => _pending = true;

    /// <summary>What to do once the changes are committed.</summary>
    protected abstract ValueTask AfterCommitAsync();

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Inside an explicit transaction the rows are not visible yet: TransactionCommitted acts instead.
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await ActIfPendingAsync();
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            ActIfPendingAsync().AsTask().GetAwaiter().GetResult();
        }

        return base.SavedChanges(eventData, result);
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await ActIfPendingAsync();

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        ActIfPendingAsync().AsTask().GetAwaiter().GetResult();

    private async ValueTask ActIfPendingAsync()
    {
        if (_pending)
        {
            _pending = false;
            await AfterCommitAsync();
        }
    }
}
