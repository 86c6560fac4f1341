namespace RuleOfLaw.Decisions.Domain;

/// <summary>Where a catalogue stands: in preparation, or published with its approval (DEC-1).</summary>
public enum CatalogueStatus
{
    Draft,
    Published,
}
