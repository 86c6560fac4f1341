using System.Globalization;
using System.Text;

namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>
/// Search terms for Chinese text. PostgreSQL's parsers do not split Chinese into words, and no
/// Chinese segmenter is available as a package here, so text is indexed the way Lucene's CJK
/// analyzer does it: every Han character and every pair of adjacent Han characters is a term, and
/// Latin letters and digits form ordinary lower-cased words. A query of any length then matches
/// wherever its characters stand next to each other, e.g. "备案" in the middle of a sentence.
/// </summary>
public static class ChineseText
{
    /// <summary>Terms to index: unigrams and bigrams of Han runs, plus Latin/digit words.</summary>
    public static string IndexTerms(string text) => string.Join(' ', Terms(text, includeUnigrams: true).Distinct());

    /// <summary>Terms a query needs, all of them (AND): bigrams of Han runs (a single Han character stands for itself).</summary>
    public static IReadOnlyList<string> QueryTerms(string query) => [.. Terms(query, includeUnigrams: false).Distinct()];

    private static IEnumerable<string> Terms(string text, bool includeUnigrams)
    {
        var word = new StringBuilder();
        var han = new List<string>();
        foreach (var element in EnumerateElements(text))
        {
            if (IsHan(element))
            {
                foreach (var term in FlushWord(word))
                {
                    yield return term;
                }

                han.Add(element);
            }
            else if (element.Length == 1 && char.IsLetterOrDigit(element[0]))
            {
                foreach (var term in FlushHan(han, includeUnigrams))
                {
                    yield return term;
                }

                word.Append(char.ToLowerInvariant(element[0]));
            }
            else
            {
                foreach (var term in FlushHan(han, includeUnigrams).Concat(FlushWord(word)))
                {
                    yield return term;
                }
            }
        }

        foreach (var term in FlushHan(han, includeUnigrams).Concat(FlushWord(word)))
        {
            yield return term;
        }
    }

    private static List<string> FlushHan(List<string> run, bool includeUnigrams)
    {
        var terms = new List<string>();
        if (run.Count == 1 || includeUnigrams)
        {
            terms.AddRange(run);
        }

        for (var i = 0; i + 1 < run.Count; i++)
        {
            terms.Add(run[i] + run[i + 1]);
        }

        run.Clear();
        return terms;
    }

    private static IEnumerable<string> FlushWord(StringBuilder word)
    {
        if (word.Length == 0)
        {
            return [];
        }

        var term = word.ToString();
        word.Clear();
        return [term];
    }

    private static IEnumerable<string> EnumerateElements(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text.Normalize(NormalizationForm.FormKC));
        while (elements.MoveNext())
        {
            yield return elements.GetTextElement();
        }
    }

    private static bool IsHan(string element)
    {
        var rune = Rune.GetRuneAt(element, 0);
        return rune.Value is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2EBEF) or (>= 0xF900 and <= 0xFAFF);
    }
}
