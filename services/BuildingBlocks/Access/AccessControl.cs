using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>Token validation and the shared policies of a domain service.</summary>
public static class AccessControl
{
    public static IHostApplicationBuilder AddAccessControl(this IHostApplicationBuilder builder)
    {
        builder.AddTokenValidation();
        builder.Services.AddSingleton<AccessControlMarker>();
        builder.Services.AddSingleton<IAuthorizationHandler, RecordUnitHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, SupervisingBodyHandler>();
        builder.Services.Configure<LegalOfficeSettings>(builder.Configuration.GetSection("Access:LegalOffices"));
        builder.Services.AddSingleton<LegalOffices>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AccessResultHandler>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new SignedInWhereRoutedRequirement()).Build());
        return builder;
    }

    /// <summary>Whether the service checks tokens and roles (the identity service has its own schemes).</summary>
    public static bool IsEnabled(IServiceProvider services) => services.GetService<AccessControlMarker>() is not null;

    internal static void UseAccessControl(this WebApplication app)
    {
        if (IsEnabled(app.Services))
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }
    }

    internal sealed class AccessControlMarker;
}
