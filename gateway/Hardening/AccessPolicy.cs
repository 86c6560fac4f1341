using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace RuleOfLaw.Gateway.Hardening;

/// <summary>
/// Which requests pass the gateway without a token (<see cref="AccessSettings"/>). A request that carries
/// an <c>Authorization</c> header must carry a valid access token, on every route: a bad token is refused,
/// never ignored.
/// </summary>
public sealed class AccessPolicy
{
    private readonly HashSet<string> _anonymousMethods;
    private readonly PathString[] _anonymousPaths;
    private readonly RequestPattern[] _anonymousWrites;
    private readonly PathString[] _clientAuthenticationPaths;

    public AccessPolicy(IOptions<GatewaySettings> options)
    {
        var access = options.Value.Access;
        _anonymousMethods = new HashSet<string>(access.AnonymousMethods, StringComparer.OrdinalIgnoreCase);
        _anonymousPaths = [.. access.AnonymousPaths.Select(p => new PathString(p))];
        _anonymousWrites = [.. access.AnonymousWrites.Select(RequestPattern.Parse)];
        _clientAuthenticationPaths = [.. access.ClientAuthenticationPaths.Select(p => new PathString(p))];
    }

    /// <summary>True for a request that may pass without a token.</summary>
    public bool AllowsAnonymous(HttpRequest request) =>
        _anonymousMethods.Contains(request.Method)
        || _anonymousPaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
        || IsAnonymousWrite(request);

    /// <summary>True for one of the writes anyone may send (comments, objections).</summary>
    public bool IsAnonymousWrite(HttpRequest request) => _anonymousWrites.Any(w => w.Matches(request));

    /// <summary>True where an <c>Authorization</c> header other than a bearer token belongs to the identity server.</summary>
    public bool AcceptsClientCredentials(HttpRequest request) =>
        _clientAuthenticationPaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    public static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(JwtBearerDefaults.AuthenticationScheme + " ", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Runs after authentication (which validated any bearer token with the shared token validation) and the
/// rate limiter: answers 401 with <c>WWW-Authenticate: Bearer</c> and a problem body for a bad or missing token.
/// </summary>
public sealed class AccessPolicyMiddleware(RequestDelegate next, AccessPolicy policy, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        string? refusal = null;
        if (request.Headers.Authorization.Count > 0)
        {
            var authenticated = context.User.Identity?.IsAuthenticated == true;
            if (!authenticated && !(policy.AcceptsClientCredentials(request) && !AccessPolicy.IsBearer(request)))
            {
                refusal = "The Authorization header does not carry a valid access token for this API.";
            }
        }
        else if (!policy.AllowsAnonymous(request))
        {
            refusal = "This request needs an access token (Authorization: Bearer …).";
        }

        if (refusal is null)
        {
            await next(context);
            return;
        }

        // The bearer handler sets 401 and WWW-Authenticate (with error="invalid_token" when a token failed).
        await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
        await problems.RefuseAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", refusal);
    }
}
