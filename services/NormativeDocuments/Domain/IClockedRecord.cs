namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>A record whose steps start and stop statutory clocks (DOC-2, DOC-3, DOC-7, DOC-9, DOC-13, DOC-14).</summary>
public interface IClockedRecord
{
    ClockChanges ClockChanges { get; }
}
