using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>
/// The fallback policy's requirement: an endpoint that declares no access rule needs a valid token.
/// A request no endpoint answers (a malformed id, an unknown path) or that only reaches routing's
/// 405 answer is left to routing, so a public read of <c>/api/decisions/not-a-guid</c> answers 404, never 401.
/// </summary>
internal sealed class SignedInWhereRoutedRequirement : AuthorizationHandler<SignedInWhereRoutedRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SignedInWhereRoutedRequirement requirement)
    {
        // Routing's own rejections (405) carry no metadata; every mapped endpoint carries at least its method.
        var unrouted = context.Resource is HttpContext http && http.GetEndpoint() is null or { Metadata.Count: 0 };
        if (unrouted || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
