namespace RuleOfLaw.BuildingBlocks.Domain;

/// <summary>A part of a record that the request names does not exist (e.g. a comment id): answered 404.</summary>
public sealed class RecordNotFoundException(string chinese, string english) : Exception(english)
{
    /// <summary>The reason in Chinese, as a client reads it by default; <see cref="Exception.Message"/> is the English one.</summary>
    public string Chinese { get; } = chinese;
}
