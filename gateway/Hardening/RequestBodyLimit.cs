using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace RuleOfLaw.Gateway.Hardening;

/// <summary>
/// A body larger than <see cref="GatewaySettings.MaxRequestBodyBytes"/> is answered 413 before it is read when
/// its length is declared; a chunked one is cut off by the server at the limit while it is forwarded.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<GatewaySettings> options, IProblemDetailsService problems)
{
    private readonly long _limit = options.Value.MaxRequestBodyBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > _limit)
        {
            await problems.RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large", $"A request body may have at most {_limit} bytes.");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = _limit;
        }

        await next(context);
    }
}
