using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RuleOfLaw.Architecture.Tests;

/// <summary>
/// A refusal's reason is written beside its check in Chinese and in English (decision 0018). The compiler already
/// refuses one language only (<c>Rule.Require</c> and <c>Rule.Violation</c> take both); this reads every such call in
/// the services' sources and checks that the pair is what it says: the Chinese one is Chinese, the English one is not
/// a second copy of it.
/// </summary>
public sealed class RefusalLanguageTests
{
    [Fact]
    public void Every_refusal_written_in_the_services_gives_its_reason_in_Chinese_before_the_English()
    {
        var pairs = RefusalPairs().ToList();

        // Guards the reading itself: a renamed method must not make it pass by finding nothing.
        Assert.True(pairs.Count > 250, $"only {pairs.Count} refusals found");
        Assert.All(pairs, pair =>
        {
            Assert.True(HasChinese(pair.Chinese), $"{pair.Where}: the Chinese reason {pair.Chinese} has no Chinese");
            Assert.True(pair.English.Any(char.IsAsciiLetter) && !HasChinese(pair.English.Replace("(调休)", "").Replace("(正当理由)", "")), $"{pair.Where}: the English reason {pair.English} is not English");
        });
    }

    /// <summary>
    /// The last two arguments of every call of a rule check (<c>Require…</c>, <c>Violation</c>) whose last two arguments
    /// are written text: the Chinese and the English reason, or the two names of a fragment a helper puts into both.
    /// </summary>
    private static IEnumerable<(string Where, string Chinese, string English)> RefusalPairs()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(Projects.Root, "services"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in sources)
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var name = call.Expression switch
                {
                    MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
                    IdentifierNameSyntax identifier => identifier.Identifier.Text,
                    _ => "",
                };
                var arguments = call.ArgumentList.Arguments;
                if (!(name.StartsWith("Require", StringComparison.Ordinal) || name == "Violation") || arguments.Count < 2 || !IsText(arguments[^2].Expression) || !IsText(arguments[^1].Expression))
                {
                    continue;
                }

                var line = call.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                yield return ($"{Path.GetRelativePath(Projects.Root, file)}:{line}", arguments[^2].ToString(), arguments[^1].ToString());
            }
        }
    }

    private static bool IsText(Microsoft.CodeAnalysis.SyntaxNode expression) =>
        expression.DescendantNodesAndSelf().Any(n => n is InterpolatedStringExpressionSyntax or LiteralExpressionSyntax { Token.Value: string });

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
