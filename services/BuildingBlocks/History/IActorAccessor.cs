using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace RuleOfLaw.BuildingBlocks.History;

/// <summary>Who is acting now, for the history: the signed-in user, or the system for background work.</summary>
public interface IActorAccessor
{
    string CurrentActor { get; }
}

internal sealed class HttpActorAccessor(IHttpContextAccessor http) : IActorAccessor
{
    public const string System = "system";

    public string CurrentActor
    {
        get
        {
            var user = http.HttpContext?.User;
            if (user is null)
            {
                return System;
            }

            return user.FindFirstValue(ClaimNames.Subject) ?? user.Identity?.Name ?? "anonymous";
        }
    }
}
