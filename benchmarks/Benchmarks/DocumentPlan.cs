using System.Globalization;
using System.Text;

namespace RuleOfLaw.Benchmarks;

/// <summary>
/// One seeded document without its text: unit, number, the dates of its procedure and where it stands
/// today. The text is composed on demand from <see cref="TextSeed"/>, so it need not be held in memory.
/// </summary>
internal sealed class DocumentPlan
{
    public Guid Id { get; init; }

    public required Unit Unit { get; init; }

    public required Competence Competence { get; init; }

    public required string Subject { get; init; }

    public int TextSeed { get; init; }

    public bool AffectsRights { get; init; }

    public bool MarketRelated { get; init; }

    public bool Provisional { get; init; }

    public DateTimeOffset DraftedAt { get; init; }

    /// <summary>Set when the draft was revised before comment: version 1 lacks its last substantive clause.</summary>
    public DateTimeOffset? RevisedAt { get; init; }

    public DateOnly? CommentOpensOn { get; init; }

    public DateOnly? CommentClosesOn { get; init; }

    public DateOnly ReviewSubmittedOn { get; init; }

    public DateOnly ReviewDueOn { get; init; }

    public DateTimeOffset ReviewConcludedAt { get; init; }

    public required string ReviewConclusion { get; init; }

    public required string Reviewer { get; init; }

    public DateOnly MeetingDate { get; init; }

    public required string MeetingType { get; init; }

    public DateOnly PublishedOn { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public DateOnly ExpiresOn { get; init; }

    public int NumberYear => PublishedOn.Year;

    public int NumberSequence { get; set; }

    /// <summary>DOC-6: 〈unit code〉规〔〈year〉〕〈n〉号, as the service formats it.</summary>
    public string Number => string.Create(CultureInfo.InvariantCulture, $"{Unit.Code}规〔{NumberYear}〕{NumberSequence}号");

    public required string Status { get; init; }

    public DateOnly? LeftForceOn { get; init; }

    public required string Filing { get; init; }

    public DateOnly? FiledOn { get; init; }

    public DateOnly? FilingReviewConcludedOn { get; init; }

    public string? FilingReviewOutcome { get; init; }

    public int VersionCount => RevisedAt is null ? 1 : 2;
}

/// <summary>A document's text: title, body, and the body of the first version when it was revised.</summary>
internal sealed record DocumentText(string Title, string Body, string FirstBody);

/// <summary>Plans documents across units and years and composes their text from <see cref="Vocabulary"/>.</summary>
internal static class DocumentGenerator
{
    private static readonly DateOnly FirstPublication = new(2019, 1, 2);

    /// <summary>Relative weight of each unit in <see cref="Vocabulary.Units"/>: the government issues the most.</summary>
    private static readonly int[] UnitWeights = [30, 25, 20, 15, 10];

    /// <summary>Plans <paramref name="count"/> published documents, in order of publication, numbered per unit and year.</summary>
    public static List<DocumentPlan> Plan(int count, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var lastPublication = today.AddDays(-7);
        var span = lastPublication.DayNumber - FirstPublication.DayNumber;
        var drafts = new List<(DateOnly PublishedOn, int Index, Unit Unit)>(count);
        for (var i = 0; i < count; i++)
        {
            drafts.Add((DateOnly.FromDayNumber(FirstPublication.DayNumber + random.Next(span + 1)), i, PickUnit(random)));
        }

        drafts.Sort((a, b) => a.PublishedOn != b.PublishedOn ? a.PublishedOn.CompareTo(b.PublishedOn) : a.Index.CompareTo(b.Index));
        var sequences = new Dictionary<(string, int), int>();
        var plans = new List<DocumentPlan>(count);
        foreach (var (publishedOn, index, unit) in drafts)
        {
            var plan = PlanOne(random, unit, publishedOn, today, textSeed: unchecked((seed * 1_000_003) + index));
            var key = (unit.UnitId, publishedOn.Year);
            plan.NumberSequence = sequences[key] = sequences.GetValueOrDefault(key) + 1;
            plans.Add(plan);
        }

        return plans;
    }

    private static Unit PickUnit(Random random)
    {
        var pick = random.Next(UnitWeights.Sum());
        for (var i = 0; i < UnitWeights.Length; i++)
        {
            if (pick < UnitWeights[i])
            {
                return Vocabulary.Units[i];
            }

            pick -= UnitWeights[i];
        }

        return Vocabulary.Units[0];
    }

    /// <summary>The procedure backwards from publication (DOC-2 … DOC-10), so each step follows the one before.</summary>
    private static DocumentPlan PlanOne(Random random, Unit unit, DateOnly publishedOn, DateOnly today, int textSeed)
    {
        var competence = unit.Competences[random.Next(unit.Competences.Count)];
        var subject = competence.Subjects[random.Next(competence.Subjects.Count)];
        var marketField = competence.Name is "营商环境" or "市场监管" or "食品安全" or "建筑管理";
        var market = random.NextDouble() < (marketField ? 0.6 : 0.1);
        var rights = market || random.NextDouble() < 0.8;
        var provisional = random.NextDouble() < 0.12;

        var meeting = publishedOn.AddDays(-random.Next(3, 11));
        var reviewConcluded = meeting.AddDays(-random.Next(2, 11));
        var reviewSubmitted = reviewConcluded.AddDays(-random.Next(3, 13));
        DateOnly? commentCloses = rights ? reviewSubmitted.AddDays(-random.Next(1, 6)) : null;
        DateOnly? commentOpens = commentCloses?.AddDays(market ? -34 : -14);
        var drafted = (commentOpens ?? reviewSubmitted).AddDays(-random.Next(10, 61));
        DateTimeOffset? revised = random.NextDouble() < 0.15 ? At(drafted.AddDays(5)) : null;

        var effectiveFrom = publishedOn.AddDays(random.NextDouble() < 0.8 ? 30 : random.Next(0, 30));
        var years = provisional ? 2 : random.NextDouble() < 0.7 ? 5 : 3;
        var expiresOn = effectiveFrom.AddYears(years).AddDays(-1);

        var (filing, filedOn) = random.NextDouble() switch
        {
            < 0.90 => ("FiledOnTime", (DateOnly?)publishedOn.AddDays(random.Next(2, 16))),
            < 0.97 => ("FiledLate", publishedOn.AddDays(random.Next(16, 41))),
            _ => ("Missing", null),
        };
        if (filedOn > today)
        {
            (filing, filedOn) = ("Pending", null);
        }

        DateOnly? reviewConcludedOn = filedOn?.AddDays(random.Next(15, 61)) is { } concluded && concluded <= today ? concluded : null;
        var revoked = reviewConcludedOn is not null && random.NextDouble() < 0.005;
        string? reviewOutcome = reviewConcludedOn is null ? null : revoked ? "RevocationRequested" : random.NextDouble() < 0.98 ? "Passed" : "CorrectionRequired";

        string status;
        DateOnly? leftForceOn = null;
        var repealable = effectiveFrom.AddYears(1) < today;
        if (revoked && reviewConcludedOn!.Value.AddDays(10) <= today)
        {
            status = "Revoked";
            leftForceOn = Earlier(reviewConcludedOn.Value.AddDays(10), expiresOn.AddDays(1));
        }
        else if (repealable && random.NextDouble() < 0.04)
        {
            status = "Repealed";
            var latest = Earlier(expiresOn, today);
            leftForceOn = DateOnly.FromDayNumber(random.Next(effectiveFrom.AddYears(1).DayNumber, latest.DayNumber + 1));
        }
        else if (expiresOn < today)
        {
            status = "Expired";
            leftForceOn = expiresOn.AddDays(1);
        }
        else
        {
            status = "Published";
        }

        return new DocumentPlan
        {
            Id = Guid.CreateVersion7(At(drafted)),
            Unit = unit,
            Competence = competence,
            Subject = subject,
            TextSeed = textSeed,
            AffectsRights = rights,
            MarketRelated = market,
            Provisional = provisional,
            DraftedAt = At(drafted),
            RevisedAt = revised,
            CommentOpensOn = commentOpens,
            CommentClosesOn = commentCloses,
            ReviewSubmittedOn = reviewSubmitted,
            ReviewDueOn = reviewSubmitted.AddDays(14),
            ReviewConcludedAt = At(reviewConcluded),
            ReviewConclusion = random.NextDouble() < 0.85 ? "Lawful" : "LawfulWithChanges",
            Reviewer = Vocabulary.Reviewers[random.Next(Vocabulary.Reviewers.Count)],
            MeetingDate = meeting,
            MeetingType = unit.UnitId == "district-government" ? "Executive" : "Leadership",
            PublishedOn = publishedOn,
            EffectiveFrom = effectiveFrom,
            ExpiresOn = expiresOn,
            Status = status,
            LeftForceOn = leftForceOn,
            Filing = filing,
            FiledOn = filedOn,
            FilingReviewConcludedOn = reviewConcludedOn,
            FilingReviewOutcome = reviewOutcome,
        };
    }

    /// <summary>Composes the title and the clauses (第一条 …) of a document; the same plan always gives the same text.</summary>
    public static DocumentText Compose(DocumentPlan plan)
    {
        var random = new Random(plan.TextSeed);
        var patterns = plan.Provisional ? Vocabulary.ProvisionalTitlePatterns : Vocabulary.TitlePatterns;
        var title = "南城区" + Fill(patterns[random.Next(patterns.Count)], plan.Subject);

        var clauseCount = random.Next(5, 13);
        var chosen = Enumerable.Range(0, Vocabulary.Clauses.Count).OrderBy(_ => random.Next()).Take(clauseCount).Order().ToList();
        var otherFields = Vocabulary.Units.SelectMany(u => u.Competences).Where(c => c != plan.Competence).ToList();
        var lines = new List<string>(clauseCount + 3)
        {
            Fill(Vocabulary.Purpose, plan.Subject, Vocabulary.Laws[random.Next(Vocabulary.Laws.Count)]),
        };
        foreach (var clause in chosen)
        {
            var otherField = otherFields[random.Next(otherFields.Count)];
            lines.Add(Fill(
                Vocabulary.Clauses[clause],
                plan.Subject,
                plan.Unit.Department,
                Vocabulary.Departments[random.Next(Vocabulary.Departments.Count)],
                Vocabulary.ChineseNumerals[random.Next(4, 20)],
                (random.Next(5, 101) * 100).ToString(CultureInfo.InvariantCulture),
                Vocabulary.ChineseNumerals[random.Next(0, 3)],
                Vocabulary.Laws[random.Next(Vocabulary.Laws.Count)],
                Vocabulary.ChineseNumerals[random.Next(Vocabulary.ChineseNumerals.Count)],
                otherField.Subjects[random.Next(otherField.Subjects.Count)]));
        }

        lines.Add(Fill(Vocabulary.Interpretation, plan.Unit.Department));
        lines.Add(Fill(Vocabulary.Commencement, plan.Unit.Department, ChineseDate(plan.EffectiveFrom), ChineseDate(plan.ExpiresOn)));

        var body = Body(title, lines);
        var firstBody = plan.RevisedAt is null ? body : Body(title, [.. lines.Take(lines.Count - 3), .. lines.TakeLast(2)]);
        return new DocumentText(title, body, firstBody);
    }

    private static string Body(string title, List<string> clauses)
    {
        var body = new StringBuilder(title).Append("\n\n");
        for (var i = 0; i < clauses.Count; i++)
        {
            body.Append('第').Append(Numeral(i + 1)).Append("条 ").Append(clauses[i]).Append('\n');
        }

        return body.ToString().TrimEnd('\n');
    }

    private static string Numeral(int n) => n <= Vocabulary.ChineseNumerals.Count ? Vocabulary.ChineseNumerals[n - 1] : n.ToString(CultureInfo.InvariantCulture);

    private static string Fill(string pattern, params object[] values) => string.Format(CultureInfo.InvariantCulture, pattern, values);

    private static string ChineseDate(DateOnly day) => string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>10:00 in Beijing, as the service's demo data records its steps.</summary>
    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
}
