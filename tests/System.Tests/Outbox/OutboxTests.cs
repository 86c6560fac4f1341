using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Outbox;

/// <summary>The outbox inside a real service: rows commit with the state, leave in order, once, and are purged.</summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private readonly DocumentsHost _documents = new();

    public Task InitializeAsync()
    {
        // A poll so slow that only the commit signal can explain a prompt publication.
        _documents.Settings["Outbox:PollInterval"] = "00:10:00";
        return _documents.InitializeAsync();
    }

    public async Task DisposeAsync() => await _documents.DisposeAsync();

    [Fact]
    public async Task The_event_row_commits_with_the_state_change_and_the_commit_wakes_the_relay()
    {
        var draft = await _documents.DraftAsync(Units.New());

        var rows = await Eventually.Until(
            () => _documents.WithDbAsync(db => db.OutboxRowsAboutAsync(draft.Id.ToString())),
            rows => rows.Count == 1 && rows[0].PublishedAt is not null,
            "the draft's event is published without waiting for the 10-minute poll",
            TimeSpan.FromSeconds(30));
        var row = Assert.Single(rows);
        Assert.Equal("RuleOfLaw.Contracts.NormativeDocuments.DocumentDrafted", row.MessageType);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.TraceParent);
    }

    [Fact]
    public async Task Rows_are_published_in_commit_order_each_once()
    {
        var unit = Units.New();
        for (var i = 0; i < 10; i++)
        {
            await _documents.DraftAsync(unit, $"第{i}号草案");
        }

        var rows = await Eventually.Until(
            () => _documents.WithDbAsync(db => db.OutboxRowsAboutAsync(unit)),
            rs => rs.Count == 10 && rs.All(r => r.PublishedAt is not null),
            "all ten are published");
        Assert.Equal(rows.Select(r => r.PublishedAt), rows.Select(r => r.PublishedAt).Order());
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
    }
}

/// <summary>Two replicas of one service relay from one database: every event leaves once.</summary>
public sealed class OutboxReplicaTests : IAsyncLifetime
{
    private readonly DocumentsHost _first = new();
    private DocumentsHost _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new DocumentsHost { DatabaseName = _first.DatabaseName, QueuePrefix = _first.QueuePrefix };
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Two_relays_on_one_database_publish_each_row_once()
    {
        var unit = Units.New();
        await _first.DraftAsync(unit); // registers the issuing unit once
        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => (i % 2 == 0 ? _first : _second).DraftAsync(unit, $"草案{i}")));

        var rows = await Eventually.Until(
            () => _first.WithDbAsync(db => db.OutboxRowsAboutAsync(unit)),
            rs => rs.Count == 21 && rs.All(r => r.PublishedAt is not null),
            "all twenty-one are published");
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
    }
}

public sealed class OutboxPurgeTests
{
    [Fact]
    public async Task Published_rows_older_than_the_retention_are_purged_unpublished_ones_kept()
    {
        Guid documentId;
        string database;
        await using (var stopped = new DocumentsHost())
        {
            stopped.Settings["Outbox:RelayEnabled"] = "false";
            await stopped.InitializeAsync();
            documentId = (await stopped.DraftAsync(Units.New())).Id;
            database = stopped.DatabaseName;
            Assert.Equal(1, await stopped.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.PublishedAt == null)));
        }

        // Only published rows are ever purged, so the row disappearing proves it was published first.
        await using var relaying = new DocumentsHost { DatabaseName = database };
        relaying.Settings["Outbox:Retention"] = "00:00:00";
        relaying.Settings["Outbox:PurgeInterval"] = "00:00:00";
        await relaying.InitializeAsync();
        await Eventually.Until(
            () => relaying.WithDbAsync(db => db.OutboxMessages.CountAsync()),
            count => count == 0,
            "the published row is purged");
        Assert.True(await relaying.WithDbAsync(db => db.Documents.AnyAsync(d => d.Id == documentId)));
    }

    /// <summary>The replay feed has a retention of its own: purging the outbox leaves it whole, and only its own limit ends it.</summary>
    [Fact]
    public async Task The_feed_keeps_events_the_outbox_purge_removed_until_its_own_retention()
    {
        var unit = Units.New();
        await using (var purging = new DocumentsHost())
        {
            purging.Settings["Outbox:Retention"] = "00:00:00";
            purging.Settings["Outbox:PurgeInterval"] = "00:00:00";
            await purging.InitializeAsync();
            var id = (await purging.DraftAsync(unit)).Id;
            await Eventually.Until(
                () => purging.WithDbAsync(db => db.OutboxMessages.CountAsync()),
                count => count == 0,
                "the published row is purged from the outbox");
            Assert.True(await purging.WithDbAsync(db => db.EventFeed.AnyAsync(e => e.RecordId == id)));

            await using var expiring = new DocumentsHost { DatabaseName = purging.DatabaseName };
            expiring.Settings["Outbox:PurgeInterval"] = "00:00:00";
            expiring.Settings["Feed:Retention"] = "00:00:00";
            await expiring.InitializeAsync();
            await Eventually.Until(
                () => expiring.WithDbAsync(db => db.EventFeed.CountAsync()),
                count => count == 0,
                "the feed drops events past its own retention");
        }
    }
}
