namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>
/// The clocks a record's last step started and stopped; the command runner saves them with the record,
/// in the step's transaction. A clock is started from the working calendar and the district settings
/// the runner holds, so a step need not be given them to say which clock starts.
/// </summary>
public sealed class ClockChanges
{
    private readonly List<Func<WorkingCalendar, DocumentSettings, StatutoryClock>> _toStart = [];
    private readonly List<ClockStop> _toStop = [];

    /// <summary>Kinds of clock the last step stopped.</summary>
    public IReadOnlyList<ClockStop> ToStop => _toStop;

    /// <summary>The clocks the last step started, on <paramref name="calendar"/> with <paramref name="settings"/>; each call makes new clocks.</summary>
    public IReadOnlyList<StatutoryClock> ToStart(WorkingCalendar calendar, DocumentSettings settings) => [.. _toStart.Select(start => start(calendar, settings))];

    public void Start(Func<WorkingCalendar, DocumentSettings, StatutoryClock> clock) => _toStart.Add(clock);

    public void Stop(string? kind, string reason) => _toStop.Add(new ClockStop(kind, reason));

    public void Clear()
    {
        _toStart.Clear();
        _toStop.Clear();
    }
}
