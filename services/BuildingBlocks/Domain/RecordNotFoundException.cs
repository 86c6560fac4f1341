namespace RuleOfLaw.BuildingBlocks.Domain;

/// <summary>A part of a record that the request names does not exist (e.g. a comment id): answered 404.</summary>
public sealed class RecordNotFoundException(string message) : Exception(message);
