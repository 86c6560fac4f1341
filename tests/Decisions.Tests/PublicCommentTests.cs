using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

public sealed class PublicCommentTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_2_a_period_shorter_than_30_days_needs_a_reason_published_with_the_notice()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        var today = service.Today;

        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "comment-period", new OpenConsultationRequest(today, today.AddDays(28))), "DEC-2");
        var shortened = await api.StepAsync(decision.Id, "comment-period", new OpenConsultationRequest(today, today.AddDays(20), "配合全市价格改革，须于年底前实施。"));

        Assert.Equal(DecisionStatus.OpenForComment, shortened.Status);
        Assert.Equal("配合全市价格改革，须于年底前实施。", (await api.GetAsync(decision.Id)).Consultation!.ShorterPeriodReason);
    }

    [Fact]
    public async Task DEC_2_thirty_days_need_no_reason()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        var opened = await api.StepAsync(decision.Id, "comment-period", new OpenConsultationRequest(service.Today, service.Today.AddDays(29), "ignored"));
        Assert.Null(opened.Consultation!.ShorterPeriodReason);
    }

    [Fact]
    public async Task DEC_2_anyone_comments_while_open_and_no_comment_is_accepted_after_close()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        await Problems.AssertRefusedAsync(await api.CommentAsync(decision.Id), "DEC-2");
        await api.OpenCommentAsync(decision.Id);

        Assert.Equal(HttpStatusCode.Created, (await api.CommentAsync(decision.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.CommentAsync(decision.Id, citizen: "王芳")).StatusCode);
        service.Advance(30); // the day after the last day: refused even before the timer closes the period
        await Problems.AssertRefusedAsync(await api.CommentAsync(decision.Id), "DEC-2");

        var closed = await Eventually.Until(() => api.GetAsync(decision.Id), d => d.Status == DecisionStatus.CommentClosed, "the period closed by itself");
        await Problems.AssertRefusedAsync(await api.CommentAsync(decision.Id), "DEC-2");
        Assert.Equal(2, closed.Consultation!.Comments);
        Assert.Equal([null, "王芳"], (await api.CommentsAsync(decision.Id)).Select(c => c.Author));
    }

    [Fact]
    public async Task DEC_2_the_procedure_cannot_move_on_while_a_comment_lacks_a_disposition()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        await api.OpenCommentAsync(decision.Id, "建议分期实施。", "建议增加补贴。");
        await api.RunOutCommentAsync(decision.Id);
        var comments = await api.CommentsAsync(decision.Id);

        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-2");
        await api.StepAsync(decision.Id, $"comments/{comments[0].Id}/disposition", new DisposeCommentRequest(CommentDisposition.Adopted, null));
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "comment-dispositions"), "DEC-2");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-2");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, $"comments/{comments[1].Id}/disposition", new DisposeCommentRequest(CommentDisposition.NotAdopted, null)), "DEC-2");
        await api.StepAsync(decision.Id, $"comments/{comments[1].Id}/disposition", new DisposeCommentRequest(CommentDisposition.NotAdopted, "补贴标准另行制定。"));

        // Disposed of but not yet published: still refused, and the public does not see them yet.
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-2");
        using var publicClient = service.CreateAnonymousClient();
        var seenByPublic = await publicClient.GetFromJsonAsync<List<CommentResponse>>($"/api/decisions/{decision.Id}/comments", DecisionsApi.Json);
        Assert.All(seenByPublic!, c => Assert.Null(c.Disposition));
        var published = await api.StepAsync(decision.Id, "comment-dispositions");
        Assert.NotNull(published.Consultation!.DispositionsPublishedAt);
        Assert.Equal(
            [(comments[0].Id, CommentDisposition.Adopted, (string?)null), (comments[1].Id, CommentDisposition.NotAdopted, "补贴标准另行制定。")],
            (await api.CommentsAsync(decision.Id)).Select(c => (c.Id, c.Disposition!.Value, c.DispositionReason)));
        Assert.Equal(2, (await publicClient.GetFromJsonAsync<List<CommentResponse>>($"/api/decisions/{decision.Id}/comments", DecisionsApi.Json))!.Count(c => c.Disposition is not null));
        Assert.Equal(DecisionStatus.UnderLegalityReview, (await api.StepAsync(decision.Id, "legality-review/submission")).Status);
    }

    [Fact]
    public async Task DEC_2_a_draft_goes_nowhere_without_public_comment()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "legality-review/submission"), "DEC-2");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "agenda", api.Agenda()), "DEC-6");
    }

    [Fact]
    public async Task DEC_2_comments_sent_at_once_are_each_stored_announced_and_counted_when_the_period_closes()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OpenAsync();
        await api.OpenCommentAsync(decision.Id);

        // Comments are rows beside the draft: sent together, none waits for or overwrites another.
        var sent = await Task.WhenAll(Enumerable.Range(1, 24).Select(i => api.CommentAsync(decision.Id, content: $"第{i}条意见：建议分期实施。")));
        Assert.All(sent, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = (await Task.WhenAll(sent.Select(r => r.Content.ReadFromJsonAsync<CommentResponse>(DecisionsApi.Json)))).Select(c => c!.Id).ToHashSet();

        Assert.Equal(ids, (await api.CommentsAsync(decision.Id)).Select(c => c.Id).ToHashSet());
        Assert.Equal(24, (await api.GetAsync(decision.Id)).Consultation!.Comments);
        var announced = (await service.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageType.EndsWith(nameof(Contracts.Decisions.DecisionCommentSubmitted)))
            .Select(m => m.Body).ToListAsync()))
            .Where(b => b.Contains(decision.Id.ToString(), StringComparison.Ordinal)).ToList();
        Assert.Equal(ids, announced.Select(b => JsonDocument.Parse(b).RootElement.GetProperty("commentId").GetGuid()).ToHashSet());
        Assert.All(announced, b => Assert.DoesNotContain("建议分期实施", b, StringComparison.Ordinal)); // the event counts; the text stays with the decision

        var closed = await api.RunOutCommentAsync(decision.Id);
        Assert.Equal(24, closed.Consultation!.Comments);
    }
}
