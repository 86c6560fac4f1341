using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Identity.Connect;

namespace RuleOfLaw.Identity.Administration;

internal static class ClientEndpoints
{
    public static void MapClients(this RouteGroupBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");

        clients.MapPost("/district-systems", async Task<Results<Created<RegisteredDistrictSystemResponse>, ProblemHttpResult>> (
            RegisterDistrictSystemRequest request, IOpenIddictApplicationManager applications, Revocations revocations, CancellationToken ct) =>
        {
            if (await applications.FindByClientIdAsync(request.ClientId, ct) is not null)
            {
                return Conflicts.AlreadyExists($"A client {request.ClientId} is registered already.");
            }

            // Generated here only: a secret chosen by a person (32 × "a") is as weak as a password.
            var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
            var application = await applications.CreateAsync(ClientRegistrations.DistrictSystem(request.ClientId, request.DisplayName.Trim(), secret), ct);
            await revocations.ReregisterClientAsync(request.ClientId, await applications.GetIdAsync(application, ct), ct);
            return TypedResults.Created(
                $"{IdentityService.Names.RoutePrefix}/clients/{request.ClientId}",
                new RegisteredDistrictSystemResponse(request.ClientId, request.DisplayName.Trim(), ClientKinds.DistrictSystem, secret));
        })
        .Validate<RegisterDistrictSystemRequest>()
        .WithRequestExample(Examples.DistrictSystem)
        // Replaying would mean storing the secret; a retry finds the client id taken (409) and creates nothing.
        .WithoutIdempotentReplay("the client secret is answered once and never stored; a retry answers 409 and creates no second client")
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("RegisterDistrictSystem")
        .WithSummary("Registers another district system that gets tokens with its client id and secret (role district-system); the secret is answered only now.");

        clients.MapPost("/front-ends", async Task<Results<Created<ClientResponse>, ProblemHttpResult>> (
            RegisterFrontEndRequest request, IOpenIddictApplicationManager applications, CancellationToken ct) =>
        {
            if (await applications.FindByClientIdAsync(request.ClientId, ct) is not null)
            {
                return Conflicts.AlreadyExists($"A client {request.ClientId} is registered already.");
            }

            var application = await applications.CreateAsync(
                ClientRegistrations.FrontEnd(request.ClientId, request.DisplayName.Trim(), request.RedirectUris, request.PostLogoutRedirectUris ?? []), ct);
            return TypedResults.Created($"{IdentityService.Names.RoutePrefix}/clients/{request.ClientId}", await DescribeAsync(applications, application, ct));
        })
        .Validate<RegisterFrontEndRequest>()
        .WithRequestExample(Examples.FrontEnd)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("RegisterFrontEnd")
        .WithSummary("Registers a front-end that signs people in with the authorization code flow and PKCE, at the redirect addresses given.");

        clients.MapGet("/", async ([AsParameters] PageRequest page, IOpenIddictApplicationManager applications, CancellationToken ct) =>
        {
            var total = (int)await applications.CountAsync(ct);
            var items = new List<ClientResponse>();
            await foreach (var application in applications.ListAsync(page.PageSize, (page.Page - 1) * page.PageSize, ct))
            {
                items.Add(await DescribeAsync(applications, application, ct));
            }

            return TypedResults.Ok(new Page<ClientResponse>(items, total, page.Page, page.PageSize));
        })
        .Validate<PageRequest>()
        .WithName("ListClients")
        .WithSummary("The registered clients, a page at a time.");

        clients.MapGet("/{clientId:maxlength(100)}", async Task<Results<Ok<ClientResponse>, NotFound>> (string clientId, IOpenIddictApplicationManager applications, CancellationToken ct) =>
            await applications.FindByClientIdAsync(clientId, ct) is { } application
                ? TypedResults.Ok(await DescribeAsync(applications, application, ct))
                : TypedResults.NotFound())
        .WithName("GetClient")
        .WithSummary("One client.");

        clients.MapDelete("/{clientId:maxlength(100)}", async Task<Results<NoContent, NotFound>> (string clientId, IOpenIddictApplicationManager applications, Revocations revocations, CancellationToken ct) =>
        {
            if (await applications.FindByClientIdAsync(clientId, ct) is not { } application)
            {
                return TypedResults.NotFound();
            }

            await applications.DeleteAsync(application, ct);
            await revocations.RevokeClientAsync(clientId, ct);
            return TypedResults.NoContent();
        })
        .WithName("RemoveClient")
        .WithSummary("Removes a client: it gets no more tokens, its refresh tokens stop working, and its access tokens everywhere within a minute.");
    }

    private static async Task<ClientResponse> DescribeAsync(IOpenIddictApplicationManager applications, object application, CancellationToken ct) => new(
        await applications.GetClientIdAsync(application, ct) ?? "",
        await applications.GetDisplayNameAsync(application, ct),
        ClientRegistrations.KindOf(await applications.GetPermissionsAsync(application, ct)),
        [.. await applications.GetRedirectUrisAsync(application, ct)],
        [.. await applications.GetPostLogoutRedirectUrisAsync(application, ct)]);
}
