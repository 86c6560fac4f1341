namespace RuleOfLaw.Testing;

/// <summary>
/// Lines a test wants printed at the end of the test command (counts of a matrix, say): the test
/// command names a file in <c>RULEOFLAW_TEST_REPORT</c> and prints it after the run.
/// </summary>
public static class TestReport
{
    private static readonly Lock Gate = new();

    public static void Write(string line)
    {
        Console.WriteLine(line);
        if (Environment.GetEnvironmentVariable("RULEOFLAW_TEST_REPORT") is { Length: > 0 } path)
        {
            lock (Gate)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }
}
