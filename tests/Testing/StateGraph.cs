using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Testing;

/// <summary>Something a user (or a timer) does to a record, with valid inputs; a rule may refuse it.</summary>
public sealed record Move<TRun>(string Name, Action<TRun> Apply);

/// <summary>Walks a record's state graph (see <see cref="StateGraph{TRun}"/>).</summary>
public static class StateGraph
{
    /// <param name="start">A fresh record in its initial state.</param>
    /// <param name="moves">Everything that can be done to the record.</param>
    /// <param name="state">What tells two states apart: the status and whatever else decides which moves are allowed.</param>
    /// <param name="isFinal">Whether the procedure has ended in this state.</param>
    public static StateGraph<TRun> Walk<TRun>(Func<TRun> start, IReadOnlyList<Move<TRun>> moves, Func<TRun, string> state, Func<TRun, bool> isFinal, int maxStates = 2000) =>
        new(start, moves, state, isFinal, maxStates);
}

/// <summary>
/// A record's state graph, walked breadth-first: from the start, every move is tried in every state
/// reached, each state rebuilt on a fresh record by replaying the moves that first reached it. A move
/// a rule refuses (409) is no edge; any other exception fails the walk (it would be a 500).
/// </summary>
public sealed class StateGraph<TRun>
{
    private readonly Dictionary<string, List<string>> _paths = [];
    private readonly Dictionary<string, HashSet<string>> _edges = [];
    private readonly HashSet<string> _finals = [];

    /// <summary>Every state reached, with the moves that first reached it.</summary>
    public IReadOnlyDictionary<string, List<string>> Paths => _paths;

    internal StateGraph(Func<TRun> start, IReadOnlyList<Move<TRun>> moves, Func<TRun, string> state, Func<TRun, bool> isFinal, int maxStates)
    {
        var first = start();
        var initial = state(first);
        Discover(initial, [], isFinal(first));
        var queue = new Queue<string>([initial]);
        while (queue.TryDequeue(out var from))
        {
            foreach (var move in moves)
            {
                var path = _paths[from];
                var run = Replay(start, moves, path);
                try
                {
                    move.Apply(run);
                }
                catch (Exception e) when (e is RuleViolationException or RecordNotFoundException)
                {
                    continue;
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException($"\"{move.Name}\" in {from} (after {string.Join(" → ", path)}) failed with something other than a rule's refusal.", e);
                }

                var to = state(run);
                _edges[from].Add(to);
                if (!_paths.ContainsKey(to))
                {
                    Discover(to, [.. path, move.Name], isFinal(run));
                    queue.Enqueue(to);
                    if (_paths.Count > maxStates)
                    {
                        throw new InvalidOperationException($"More than {maxStates} states: the state key distinguishes too much.");
                    }
                }
            }
        }
    }

    /// <summary>The states, not final, from which no sequence of moves reaches a final state; each with the path that reached it.</summary>
    public IReadOnlyList<string> DeadEnds()
    {
        var canFinish = new HashSet<string>(_finals);
        var grew = true;
        while (grew)
        {
            grew = false;
            foreach (var (from, to) in _edges)
            {
                if (!canFinish.Contains(from) && to.Overlaps(canFinish))
                {
                    canFinish.Add(from);
                    grew = true;
                }
            }
        }

        return [.. _paths.Keys.Where(s => !canFinish.Contains(s)).Select(s => $"{s} (reached by {string.Join(" → ", _paths[s])})")];
    }

    private static TRun Replay(Func<TRun> start, IReadOnlyList<Move<TRun>> moves, List<string> path)
    {
        var run = start();
        foreach (var name in path)
        {
            moves.Single(m => m.Name == name).Apply(run);
        }

        return run;
    }

    private void Discover(string state, List<string> path, bool final)
    {
        _paths[state] = path;
        _edges[state] = [];
        if (final)
        {
            _finals.Add(state);
        }
    }
}
