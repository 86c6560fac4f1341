using FluentValidation;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Identity.Data;

namespace RuleOfLaw.Identity.Administration;

/// <summary>Another district system that calls the APIs as itself (client credentials). Without a secret, one is generated and answered once.</summary>
public sealed record RegisterDistrictSystemRequest(string ClientId, string DisplayName, string? ClientSecret);

/// <summary>A browser or mobile front-end that signs people in (authorization code with PKCE, no secret).</summary>
public sealed record RegisterFrontEndRequest(string ClientId, string DisplayName, IReadOnlyList<Uri> RedirectUris, IReadOnlyList<Uri>? PostLogoutRedirectUris);

public sealed record ClientResponse(string ClientId, string? DisplayName, string Kind, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris);

/// <summary>A district system just registered, with its secret: the only time the secret is shown.</summary>
public sealed record RegisteredDistrictSystemResponse(string ClientId, string? DisplayName, string Kind, string ClientSecret);

/// <summary>The two kinds of client the district registers.</summary>
public static class ClientKinds
{
    public const string DistrictSystem = "district-system";
    public const string FrontEnd = "front-end";
}

internal sealed class RegisterDistrictSystemValidator : AbstractValidator<RegisterDistrictSystemRequest>
{
    public RegisterDistrictSystemValidator()
    {
        RuleFor(x => x.ClientId).NotEmpty().MaximumLength(Limits.ClientId).Matches(Patterns.ClientId).WithMessage(Patterns.UserNameMessage);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(x => x.ClientSecret).MinimumLength(32).MaximumLength(200).When(x => x.ClientSecret is not null)
            .WithMessage("A client secret has at least 32 characters; leave it out to have one generated.");
        RuleFor(x => x.ClientSecret).MaximumLength(200);
    }
}

internal sealed class RegisterFrontEndValidator : AbstractValidator<RegisterFrontEndRequest>
{
    /// <summary>Addresses a front-end may register for each kind of redirect.</summary>
    public const int MaxRedirectUris = 20;

    public RegisterFrontEndValidator()
    {
        RuleFor(x => x.ClientId).NotEmpty().MaximumLength(Limits.ClientId).Matches(Patterns.ClientId).WithMessage(Patterns.UserNameMessage);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(x => x.RedirectUris).NotEmpty();
        RuleForEach(x => x.RedirectUris).Must(RedirectUri).WithMessage("An absolute http or https address without a fragment.");
        RuleForEach(x => x.PostLogoutRedirectUris).Must(RedirectUri).WithMessage("An absolute http or https address without a fragment.");
        RuleFor(x => x.RedirectUris).MaximumCount(MaxRedirectUris);
        RuleFor(x => x.PostLogoutRedirectUris).MaximumCount(MaxRedirectUris);
        RuleForEach(x => x.RedirectUris).MaximumLength(Limits.Uri);
        RuleForEach(x => x.PostLogoutRedirectUris).MaximumLength(Limits.Uri);
    }

    private static bool RedirectUri(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && string.IsNullOrEmpty(uri.Fragment) && uri.OriginalString.Length <= Limits.Uri;
}
