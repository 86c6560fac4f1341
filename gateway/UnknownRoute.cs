using Microsoft.Net.Http.Headers;

namespace RuleOfLaw.Gateway;

/// <summary>
/// A path no route of the gateway serves answers 404 with problem details, like every other refusal, in the
/// client's language: Chinese unless <c>Accept-Language</c> prefers English (as the services do, decision 0018).
/// </summary>
internal static class UnknownRoute
{
    public static IEndpointConventionBuilder MapUnknownRoute(this IEndpointRouteBuilder app) =>
        app.MapFallback("{*path}", (HttpContext context) =>
        {
            var english = PrefersEnglish(context.Request);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: english ? "Not found" : "未找到",
                detail: english ? "No API answers at this address." : "此地址没有对应的接口。");
        }).AllowAnonymous();

    private static bool PrefersEnglish(HttpRequest request) =>
        StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages)
        && languages
            .Where(l => l.Value.HasValue && l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .FirstOrDefault() is { } first
        && first.Value.Value!.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
