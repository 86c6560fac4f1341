using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Testing;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>A normative document driven directly, on a clock of its own that moves only when a step needs time to pass.</summary>
public sealed class DocumentRun
{
    public static readonly DocumentSettings Settings = new();

    public static readonly WorkingCalendar Calendar = WorkingCalendar.WeekendsOnly;

    public DocumentRun(bool affectsRights, bool market, DateTimeOffset start)
    {
        Now = start;
        Issuer = IssuingUnit.Register("district-market", "南市监", "南城区市场监督管理局", ["市场监管"], Now);
        Document = NormativeDocument.Draft(Issuer, "市场监管", "关于规范市场监管执法的通知", "第一条 为规范执法行为，制定本通知。", affectsRights, market, provisional: false, Now);
    }

    public DateTimeOffset Now { get; private set; }

    public DateOnly Today => StatutoryTime.DateOf(Now);

    public IssuingUnit Issuer { get; }

    public NormativeDocument Document { get; }

    /// <summary>Every step of the procedure with valid inputs, as the unit, the legal office, the meeting, the supervising body, the public and the timers take them.</summary>
    public static IReadOnlyList<Move<DocumentRun>> Moves { get; } =
    [
        new("revise", r => r.Document.Revise("关于规范市场监管执法的通知（修改稿）", "第一条 修改后的条文。", "按意见修改", r.Now)),
        new("open comment", r => r.Document.OpenForComment(r.Today, r.Today.AddDays(34), r.Today, Calendar, Settings, r.Now)),
        new("comment", r => r.Document.Comment(null, "建议延长整改期限。", r.Today, r.Now)),
        new("comment period runs out", r =>
        {
            r.PassUntil(r.Document.Consultation?.ClosesOn.AddDays(1));
            r.Document.CloseComment(r.Today, r.Now);
        }),
        new("dispose of every comment", r =>
        {
            foreach (var comment in r.Document.Comments.Where(c => c.Disposition is null).ToList())
            {
                r.Document.DisposeComment(comment.Id, CommentDisposition.Adopted, null, r.Now);
            }
        }),
        new("publish comment feedback", r => r.Document.PublishCommentFeedback("共收到意见1条，已采纳。", r.Now)),
        new("fair-competition review", r => r.Document.RecordFairCompetitionReview("未发现排除、限制竞争的内容。", r.Now)),
        new("submit for legality review", r => r.Document.SubmitForLegalityReview(r.Today, Settings.LegalityReviewWorkingDays, Calendar, r.Now)),
        new("found lawful", r =>
        {
            r.Pass(1);
            r.Document.ConcludeLegalityReview(new(false, false, false, false, false, false), LegalityConclusion.Lawful, "同意。", "区司法局 张三", r.Now);
        }),
        new("found unlawful", r =>
        {
            r.Pass(1);
            r.Document.ConcludeLegalityReview(new(false, false, false, true, false, false), LegalityConclusion.Unlawful, "违法设定收费。", "区司法局 张三", r.Now);
        }),
        new("meeting adopts", r => r.Discuss(MeetingOutcome.Adopted)),
        new("meeting rejects", r => r.Discuss(MeetingOutcome.Rejected)),
        new("meeting defers", r => r.Discuss(MeetingOutcome.Deferred)),
        new("publish", r => r.Publish()),
        new("file", r =>
        {
            r.Pass(1);
            r.Document.File(r.Today, Calendar, Settings, r.Now);
        }),
        new("filing review requests revocation", r =>
        {
            r.Pass(1);
            r.Document.ConcludeReview(new FilingReviewChecklist(true, false, false), ReviewOutcome.RevocationRequested, "设定了法律依据以外的义务。", r.Today, r.Now);
        }),
        new("filing review passes", r =>
        {
            r.Pass(1);
            r.Document.ConcludeReview(new FilingReviewChecklist(false, false, false), ReviewOutcome.Passed, "通过。", r.Today, r.Now);
        }),
        new("revoke", r => r.Document.Revoke("备案审查要求撤销。", r.Today, r.Now)),
        new("repealed by cleanup", r => r.Document.LeaveForce(DocumentStatus.Repealed, r.Today, "废止：规范性文件清理", r.Now)),
        new("expires", r =>
        {
            r.PassUntil(r.Document.ExpiresOn?.AddDays(1));
            r.Document.Expire(r.Now);
        }),
    ];

    /// <summary>What decides which steps are open: the status and how far each piece of the procedure got.</summary>
    public static string State(DocumentRun r)
    {
        var d = r.Document;
        var consultation = d.Consultation switch
        {
            null => "-",
            _ when PublicConsultation.Undisposed(d.Comments) > 0 => "undisposed",
            _ => "disposed",
        };
        var review = d.Review is null ? "-" : d.Review.Conclusion?.ToString() ?? "pending";
        var filingReview = d.FilingReview is null ? "-" : d.FilingReview.Outcome?.ToString() ?? "open";
        return $"{d.Status}|comment {consultation}|feedback {d.CommentFeedback is not null}|fair competition {d.FairCompetitionReview is not null}|review {review}|filing review {filingReview}";
    }

    /// <summary>
    /// The procedure has ended: rejected, or out of force. A published document is not an end: it
    /// always leaves force, at the latest when it expires.
    /// </summary>
    public static bool Final(DocumentRun r) => r.Document.Status is DocumentStatus.Rejected or DocumentStatus.Expired or DocumentStatus.Repealed or DocumentStatus.Revoked;

    public void Pass(int days) => Now = Now.AddDays(days);

    public void PassUntil(DateOnly? day)
    {
        if (day is { } d && d > Today)
        {
            Pass(d.DayNumber - Today.DayNumber);
        }
    }

    /// <summary>Publishes under the next number, in force from the day after, for a year.</summary>
    public void Publish()
    {
        Pass(1);
        Document.Publish(Issuer.Code, Today.Year, 1, Today, Today.AddDays(1), Today.AddYears(1), Calendar, Settings, Now);
    }

    /// <summary>Taken through the procedure to publication.</summary>
    public DocumentRun Published()
    {
        Document.SubmitForLegalityReview(Today, Settings.LegalityReviewWorkingDays, Calendar, Now);
        Pass(1);
        Document.ConcludeLegalityReview(new(false, false, false, false, false, false), LegalityConclusion.Lawful, "同意。", "区司法局 张三", Now);
        Discuss(MeetingOutcome.Adopted);
        Publish();
        return this;
    }

    private void Discuss(MeetingOutcome outcome)
    {
        Pass(1);
        Document.Decide(CollectiveMeeting.Record(Today, MeetingType.Executive, outcome, "会议讨论，形成决定。", [], null, null, structuredMinutesRequired: false, DocumentRules.Doc4), Now);
    }
}

public sealed class DocumentStateGraphTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Everyone_document_procedure_has_no_dead_end(bool affectsRights, bool market)
    {
        var graph = StateGraph.Walk<DocumentRun>(() => new DocumentRun(affectsRights, market, Start), DocumentRun.Moves, DocumentRun.State, DocumentRun.Final);

        Assert.True(graph.DeadEnds().Count == 0, $"Dead ends:\n{string.Join("\n", graph.DeadEnds())}");
        var reached = graph.Paths.Keys.Select(s => s.Split('|')[0]).ToHashSet();
        Assert.Equal(Enum.GetNames<DocumentStatus>().Order(), reached.Order());
    }

    [Fact]
    public void Everyone_objection_has_no_dead_end()
    {
        IReadOnlyList<Move<(DocumentRun Run, Objection Objection)>> moves =
        [
            new("upheld", o => o.Objection.AnswerWith(true, "异议成立，启动审查。", o.Run.Document, o.Run.Today, o.Run.Now)),
            new("rejected", o => o.Objection.AnswerWith(false, "异议不成立。", o.Run.Document, o.Run.Today, o.Run.Now)),
        ];
        var graph = StateGraph.Walk<(DocumentRun Run, Objection Objection)>(
            () =>
            {
                var run = new DocumentRun(false, false, Start).Published();
                return (run, Objection.Submit(run.Document, null, "第三条增加了义务。", run.Today, DocumentRun.Calendar, DocumentRun.Settings, run.Now));
            },
            moves,
            o => o.Objection.Status.ToString(),
            o => o.Objection.Status != ObjectionStatus.Submitted);

        Assert.Empty(graph.DeadEnds());
        Assert.Equal(Enum.GetNames<ObjectionStatus>().Order(), graph.Paths.Keys.Order());
    }

    [Fact]
    public void Everyone_cleanup_campaign_has_no_dead_end()
    {
        IReadOnlyList<Move<(List<DocumentRun> Runs, CleanupCampaign Campaign)>> moves =
        [
            new("retain the first", c => c.Campaign.Decide(c.Runs[0].Document.Id, CleanupResult.Retain, null, null, c.Runs[0].Today, c.Runs[0].Now)),
            new("amend the first", c => c.Campaign.Decide(c.Runs[0].Document.Id, CleanupResult.Amend, null, "与上位法不一致。", c.Runs[0].Today, c.Runs[0].Now)),
            new("repeal the second", c => c.Campaign.Decide(c.Runs[1].Document.Id, CleanupResult.Repeal, c.Runs[1].Today.AddDays(1), "已不适应实际。", c.Runs[1].Today, c.Runs[1].Now)),
            new("the second expires meanwhile", c =>
            {
                c.Runs[1].PassUntil(c.Runs[1].Document.ExpiresOn?.AddDays(1));
                c.Runs[1].Document.Expire(c.Runs[1].Now);
            }),
            new("publish results", c => c.Campaign.Publish(c.Runs.ToDictionary(r => r.Document.Id, r => r.Document), c.Runs[0].Today, c.Runs[0].Now)),
        ];
        var graph = StateGraph.Walk<(List<DocumentRun> Runs, CleanupCampaign Campaign)>(
            () =>
            {
                List<DocumentRun> runs = [new DocumentRun(false, false, Start).Published(), new DocumentRun(false, false, Start).Published()];
                return (runs, CleanupCampaign.Start("2026年度规范性文件清理", "district", runs.Select(r => r.Document), runs[0].Today, runs[0].Now));
            },
            moves,
            c => $"{c.Campaign.Status}|decided {c.Campaign.Items.Count(i => i.Result is not null)}|second {c.Runs[1].Document.Status}",
            c => c.Campaign.Status == CleanupStatus.Published);

        Assert.Empty(graph.DeadEnds());
        Assert.Contains(graph.Paths.Keys, s => s.StartsWith(nameof(CleanupStatus.Published), StringComparison.Ordinal));
    }

    [Fact]
    public void Everyone_incidental_review_has_no_dead_end()
    {
        IReadOnlyList<Move<(DocumentRun Run, IncidentalReview Review)>> moves =
        [
            new("ask the issuing unit", i => i.Review.AskIssuer(DocumentRun.Calendar, i.Run.Now)),
            new("issuing unit answers", i => i.Review.RecordIssuerAnswer("第三条有上位法依据。", i.Run.Now)),
            new("found lawful", i => i.Review.Conclude([], "合法。", i.Run.Document, i.Run.Today, i.Run.Now)),
            new("a clause found unlawful", i => i.Review.Conclude(["第三条"], "第三条无上位法依据。", i.Run.Document, i.Run.Today, i.Run.Now)),
            new("transferred", i => i.Review.Transfer("市人民政府", "无权处理。", i.Run.Now)),
            new("the document expires meanwhile", i =>
            {
                i.Run.PassUntil(i.Run.Document.ExpiresOn?.AddDays(1));
                i.Run.Document.Expire(i.Run.Now);
            }),
        ];
        var graph = StateGraph.Walk<(DocumentRun Run, IncidentalReview Review)>(
            () =>
            {
                var run = new DocumentRun(false, false, Start).Published();
                return (run, IncidentalReview.Receive(Guid.CreateVersion7(), "district", run.Document.Number!, run.Document, ["第三条"], "第三条增加了义务。", run.Today, DocumentRun.Calendar, run.Now));
            },
            moves,
            i => $"{i.Review.Status}|answered {i.Review.IssuerAnswer is not null}|document {i.Run.Document.Status}",
            i => i.Review.Status is IncidentalReviewStatus.Concluded or IncidentalReviewStatus.Transferred or IncidentalReviewStatus.DocumentNotFound);

        Assert.Empty(graph.DeadEnds());
        Assert.Contains(graph.Paths.Keys, s => s.StartsWith(nameof(IncidentalReviewStatus.Concluded), StringComparison.Ordinal));
        var notFound = IncidentalReview.Receive(Guid.CreateVersion7(), "district", "南市监规〔2026〕99号", null, ["第三条"], "无此文件。", new DateOnly(2026, 3, 2), DocumentRun.Calendar, Start);
        Assert.Equal(IncidentalReviewStatus.DocumentNotFound, notFound.Status); // final from the start
    }
}

public sealed class DocumentPublicationOrderTests
{
    [Fact]
    public void DOC_5_a_publication_is_dated_no_earlier_than_the_collective_discussion_and_not_in_the_future()
    {
        var run = new DocumentRun(false, false, new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
        run.Document.SubmitForLegalityReview(run.Today, DocumentRun.Settings.LegalityReviewWorkingDays, DocumentRun.Calendar, run.Now);
        run.Document.ConcludeLegalityReview(new(false, false, false, false, false, false), LegalityConclusion.Lawful, "同意。", "区司法局 张三", run.Now);
        run.Pass(7);
        run.Document.Decide(CollectiveMeeting.Record(run.Today, MeetingType.Executive, MeetingOutcome.Adopted, "通过。", [], null, null, false, DocumentRules.Doc4), run.Now);

        void PublishOn(DateOnly day) => run.Document.Publish(run.Issuer.Code, day.Year, 1, day, day, day.AddYears(1), DocumentRun.Calendar, DocumentRun.Settings, run.Now);
        Assert.Equal("DOC-5", Assert.Throws<BuildingBlocks.Domain.RuleViolationException>(() => PublishOn(run.Today.AddDays(-1))).RuleId);
        Assert.Equal("DOC-5", Assert.Throws<BuildingBlocks.Domain.RuleViolationException>(() => PublishOn(run.Today.AddDays(1))).RuleId);
        PublishOn(run.Today);
        Assert.Equal(DocumentStatus.Published, run.Document.Status);
    }
}
