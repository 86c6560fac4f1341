namespace RuleOfLaw.Testing;

/// <summary>Finds the checkout the tests run from, for the scripts that start local servers.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Script(string name) => Path.Combine(Root, "scripts", "local", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RuleOfLaw.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RuleOfLaw.sln not found above " + AppContext.BaseDirectory);
    }
}
