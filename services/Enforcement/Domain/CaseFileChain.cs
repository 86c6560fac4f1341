using System.Security.Cryptography;
using System.Text;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// The tamper-evident case file (ENF-9): every entry's hash covers the previous hash, its place, time,
/// kind and content; verification recomputes the chain and compares it with the case's evidence and
/// its history as stored, so an edited row anywhere is found.
/// </summary>
public static class CaseFileChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static CaseFileEntry Next(IReadOnlyList<CaseFileEntry> chain, DateTimeOffset at, string kind, string content)
    {
        var previous = chain.Count == 0 ? Genesis : chain[^1].Hash;
        var sequence = chain.Count + 1;
        var stamped = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return new CaseFileEntry { Sequence = sequence, At = stamped, Kind = kind, Content = content, PreviousHash = previous, Hash = HashOf(previous, sequence, stamped, kind, content) };
    }

    public static string HashOf(string previous, int sequence, DateTimeOffset at, string kind, string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{previous}\n{sequence}\n{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fff}Z\n{kind}\n{content}")));

    /// <summary>The content a state change contributes, e.g. "Notified>HearingRequested|…".</summary>
    public static string StateContent(string? from, string to, string? reason) => $"{from}>{to}|{reason}";

    /// <summary>Checks the links, then that the stored evidence and history are what the chain recorded.</summary>
    public static CaseFileVerification Verify(
        IReadOnlyList<CaseFileEntry> chain, IReadOnlyList<EvidenceItem> evidence, IReadOnlyList<(string? From, string To, string? Reason)> history)
    {
        var problems = new List<string>();
        var previous = Genesis;
        var ordered = chain.OrderBy(e => e.Sequence).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var entry = ordered[i];
            if (entry.Sequence != i + 1)
            {
                problems.Add($"entry {i + 1} is missing");
                break;
            }

            if (entry.PreviousHash != previous || HashOf(previous, entry.Sequence, entry.At, entry.Kind, entry.Content) != entry.Hash)
            {
                problems.Add($"entry {entry.Sequence} ({entry.Kind}) does not match its hash");
            }

            previous = entry.Hash;
        }

        var chainedEvidence = ordered.Where(e => e.Kind == CaseFileEntry.EvidenceKind).Select(e => e.Content).ToList();
        var storedEvidence = evidence.Select(e => e.ChainContent()).ToHashSet(StringComparer.Ordinal);
        if (chainedEvidence.Count != evidence.Count || chainedEvidence.Any(c => !storedEvidence.Contains(c)))
        {
            problems.Add("the stored evidence differs from the evidence the chain recorded");
        }

        var chainedStates = ordered.Where(e => e.Kind == CaseFileEntry.StateKind).Select(e => e.Content).ToList();
        var storedStates = history.Select(h => StateContent(h.From, h.To, h.Reason)).ToList();
        if (!chainedStates.SequenceEqual(storedStates, StringComparer.Ordinal))
        {
            problems.Add("the stored history differs from the history the chain recorded");
        }

        return new CaseFileVerification(problems.Count == 0, ordered.Count, ordered.Count == 0 ? null : ordered[^1].Hash, problems);
    }
}

/// <summary>The answer of a case file's verification: intact or not, and what was found.</summary>
public sealed record CaseFileVerification(bool Intact, int Entries, string? LastHash, IReadOnlyList<string> Problems);
