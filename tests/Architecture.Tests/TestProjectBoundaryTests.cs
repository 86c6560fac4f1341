namespace RuleOfLaw.Architecture.Tests;

/// <summary>
/// A test project tests one subject (<c>X.Tests</c> tests <c>X</c>: a service, a shared library, or the gateway) and
/// references only that subject, <c>tests/Testing</c> and <c>services/Contracts</c>, plus what its subject itself
/// references (directly or not): naming a library the subject already brings adds nothing it could not reach. So a
/// service's tests cannot lean on another service's code. The exceptions, whose subject is the whole system, are
/// <see cref="WholeSystem"/>; <c>tests/Testing</c> is the shared test library and references no service.
/// </summary>
public sealed class TestProjectBoundaryTests
{
    /// <summary>
    /// EndToEnd.Tests starts the AppHost; System.Tests hosts several services for behaviour across them; these
    /// architecture tests read every service's types; Deploy.Tests checks deploy/ against every part's source,
    /// read as files (it references no service); Browser.Tests drives the web front end in a browser on the AppHost's system.
    /// </summary>
    public static readonly string[] WholeSystem = ["EndToEnd.Tests", "System.Tests", "Architecture.Tests", "Deploy.Tests", "Browser.Tests"];

    public static TheoryData<string> SingleSubjectTestProjects => [.. Projects.TestProjects().Except(WholeSystem)];

    [Theory]
    [MemberData(nameof(SingleSubjectTestProjects))]
    public void A_test_project_references_only_its_subject_Testing_and_Contracts(string testProject)
    {
        var subject = Projects.PathOf(testProject[..^".Tests".Length]);
        var allowed = Projects.ClosureOf(subject)
            .Append(subject)
            .Append(Projects.PathOf("Testing"))
            .Append(Projects.PathOf("Contracts"))
            .ToHashSet(StringComparer.Ordinal);

        var beyond = Projects.ReferencesOf(Projects.PathOf(testProject)).Where(r => !allowed.Contains(r)).ToList();

        Assert.True(beyond.Count == 0, $"{testProject} references {string.Join(", ", beyond)}, beyond its subject {subject}, Testing and Contracts; "
            + "a test needing several services belongs in System.Tests.");
    }

    [Fact]
    public void Every_test_project_has_a_subject_or_is_a_documented_exception()
    {
        var orphans = Projects.TestProjects().Except(WholeSystem)
            .Where(t => !File.Exists(Path.Combine(Projects.Root, Projects.PathOf(t[..^".Tests".Length])))).ToList();

        Assert.True(orphans.Count == 0, $"No project under test for {string.Join(", ", orphans)}.");
    }

    [Fact]
    public void Testing_references_no_service()
    {
        var services = Projects.Services.Select(Projects.PathOf).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(Projects.ClosureOf(Projects.PathOf("Testing")), services.Contains);
    }
}
