using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>
/// Answers like the rest of the API, with problem details: 401 without a valid token, 403 for a role
/// not allowed, and 404 for a record of another unit, exactly as if it did not exist.
/// </summary>
internal sealed class AccessResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && authorizeResult.AuthorizationFailure is { } failure)
        {
            var roleFailed = failure.FailedRequirements.Any(r => r is RolesAuthorizationRequirement);
            var otherUnit = failure.FailedRequirements.Any(r => r is RecordUnitRequirement);
            var notSupervising = failure.FailedRequirements.Any(r => r is SupervisingBodyRequirement);
            var (status, title) = roleFailed
                ? (StatusCodes.Status403Forbidden, ProblemLanguage.Text("您的角色无权进行此操作", "Your role does not allow this"))
                : otherUnit ? (StatusCodes.Status404NotFound, ProblemLanguage.Text("未找到", "Not found"))
                : notSupervising ? (StatusCodes.Status403Forbidden, ProblemLanguage.Text("只有上级机关的法制机构可以进行此操作", "Only the supervising body's legal office does this"))
                : (StatusCodes.Status403Forbidden, ProblemLanguage.Text("无权访问", "Forbidden"));
            await problems.RefuseAsync(context, status, title);
            return;
        }

        if (authorizeResult.Challenged)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            if (!context.Response.HasStarted)
            {
                await problems.RefuseAsync(context, StatusCodes.Status401Unauthorized, ProblemLanguage.Text("需要有效的访问令牌", "A valid access token is required"));
            }

            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
