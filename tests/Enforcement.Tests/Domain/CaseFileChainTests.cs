using RuleOfLaw.Enforcement.Domain;
using static RuleOfLaw.Enforcement.Tests.Domain.DomainFixtures;

namespace RuleOfLaw.Enforcement.Tests.Domain;

/// <summary>ENF-9: the case file's hash chain, in memory.</summary>
public sealed class CaseFileChainTests
{
    private static (EnforcementCase Case, List<(string? From, string To, string? Reason)> History) Case()
    {
        var power = Power();
        var a = Officer("张明");
        var c = Open(power, [a, Officer("李华")], Today.AddDays(-10));
        c.RecordEvidence(Evidence(a, Today.AddDays(-9)), On(Today.AddDays(-9)));
        c.Notify(Today.AddDays(-8), "理由", new Penalty(PenaltyKind.Fine, 8000), On(Today.AddDays(-8)));
        var history = c.FileChain.Where(e => e.Kind == CaseFileEntry.StateKind).Select(e =>
        {
            var parts = e.Content.Split('|', 2);
            var states = parts[0].Split('>');
            return (From: states[0].Length == 0 ? null : states[0], To: states[1], Reason: (string?)parts[1]);
        }).ToList();
        return (c, history);
    }

    [Fact]
    public void ENF_9_each_entry_covers_the_previous_hash_and_an_intact_file_verifies()
    {
        var (c, history) = Case();
        Assert.Equal(CaseFileChain.Genesis, c.FileChain[0].PreviousHash);
        Assert.All(c.FileChain.Skip(1), (entry, i) => Assert.Equal(c.FileChain[i].Hash, entry.PreviousHash));
        var verification = CaseFileChain.Verify(c.FileChain, c.Evidence, history);
        Assert.True(verification.Intact, string.Join("; ", verification.Problems));
        Assert.Equal(c.FileChain[^1].Hash, verification.LastHash);
    }

    [Fact]
    public void ENF_9_an_altered_entry_evidence_item_or_history_row_fails_verification()
    {
        var (c, history) = Case();
        var chain = c.FileChain.ToList();
        chain[1] = new CaseFileEntry { Sequence = 2, At = chain[1].At, Kind = chain[1].Kind, Content = chain[1].Content + "x", PreviousHash = chain[1].PreviousHash, Hash = chain[1].Hash };
        Assert.False(CaseFileChain.Verify(chain, c.Evidence, history).Intact);

        var evidence = c.Evidence.Select(e => new EvidenceItem
        {
            Id = e.Id, Step = e.Step, FileName = e.FileName, MediaType = e.MediaType, SizeBytes = e.SizeBytes + 1, Sha256 = e.Sha256,
            CollectedOn = e.CollectedOn, CollectedBy = e.CollectedBy, Description = e.Description,
        }).ToList();
        Assert.False(CaseFileChain.Verify(c.FileChain, evidence, history).Intact);

        var rewritten = history.ToList();
        rewritten[^1] = (rewritten[^1].From, rewritten[^1].To, "改写");
        Assert.False(CaseFileChain.Verify(c.FileChain, c.Evidence, rewritten).Intact);
        Assert.False(CaseFileChain.Verify(c.FileChain.Skip(1).ToList(), c.Evidence, history).Intact);
    }
}
