using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Identity.Connect;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Administration;

internal static class UserEndpoints
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users");

        users.MapPost("/", async Task<Results<Created<UserResponse>, ProblemHttpResult, ValidationProblem>> (
            CreateUserRequest request, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, IActorAccessor actor, TimeProvider time, CancellationToken ct) =>
        {
            if (await UnknownUnitAsync(db, request.UnitId, ct) is { } unknown)
            {
                return unknown;
            }

            if (await db.Users.AnyAsync(u => u.UserName == request.UserName, ct))
            {
                return Conflicts.AlreadyExists($"The user name {request.UserName} is taken.");
            }

            var user = UserAccount.Create(request.UserName, request.DisplayName.Trim(), request.UnitId, request.Roles, time.GetUtcNow());
            user.SetPasswordHash(hasher.HashPassword(user, request.Password));
            db.Users.Add(user);
            AccountHistory.Record(db, user, actor.CurrentActor, AccountHistory.Created, Describe(user), time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{IdentityService.Names.RoutePrefix}/users/{user.Id}", UserResponse.From(user));
        })
        .Validate<CreateUserRequest>()
        .WithRequestExample(Examples.CreateUser)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("CreateUser")
        .WithSummary("Creates an account with its unit and roles (IDN-1, IDN-2); 409 when the user name is taken.");

        users.MapGet("/", async ([AsParameters] UserQuery query, IdentityDbContext db, CancellationToken ct) =>
        {
            var users = db.Users.AsNoTracking();
            if (query.UnitId is { } unitId)
            {
                users = users.Where(u => u.UnitId == unitId);
            }

            if (!string.IsNullOrWhiteSpace(query.Role))
            {
                users = users.Where(u => u.Roles.Contains(query.Role));
            }

            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var pattern = "%" + query.Q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                users = users.Where(u => EF.Functions.ILike(u.UserName, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
            }

            var page = await new PageRequest(query.Page, query.PageSize).ApplyAsync(users.OrderBy(u => u.UserName), ct);
            return TypedResults.Ok(new Page<UserResponse>([.. page.Items.Select(UserResponse.From)], page.Total, page.PageNumber, page.PageSize));
        })
        .Validate<UserQuery>()
        .WithName("ListUsers")
        .WithSummary("Accounts by user name, optionally of one unit, holding one role, or matching words (q), a page at a time.");

        users.MapGet("/{id:guid}", (Guid id, IdentityDbContext db, CancellationToken ct) => db.Users.ShowAsync(u => u.Id == id, _ => true, UserResponse.From, ct))
        .WithName("GetUser")
        .WithSummary("One account.");

        users.MapPut("/{id:guid}/assignment", async Task<Results<Ok<UserResponse>, NotFound, ValidationProblem>> (
            Guid id, AssignUserRequest request, IdentityDbContext db, IActorAccessor actor, TimeProvider time, CancellationToken ct) =>
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
            if (user is null)
            {
                return TypedResults.NotFound();
            }

            if (await UnknownUnitAsync(db, request.UnitId, ct) is { } unknown)
            {
                return unknown;
            }

            user.Assign(request.UnitId, request.Roles);
            if (request.DisplayName is { } name)
            {
                user.Rename(name.Trim());
            }

            AccountHistory.Record(db, user, actor.CurrentActor, AccountHistory.Assigned, Describe(user), time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(UserResponse.From(user));
        })
        .Validate<AssignUserRequest>()
        .WithRequestExample(Examples.AssignUser)
        .WithName("AssignUser")
        .WithSummary("Sets the unit a person acts for and the roles they hold; tokens carry them from the next sign-in or refresh.");

        users.MapPut("/{id:guid}/password", async Task<Results<NoContent, NotFound>> (
            Guid id, SetPasswordRequest request, IdentityDbContext db, IPasswordHasher<UserAccount> hasher, Revocations revocations, IActorAccessor actor, TimeProvider time, CancellationToken ct) =>
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
            if (user is null)
            {
                return TypedResults.NotFound();
            }

            user.SetPasswordHash(hasher.HashPassword(user, request.Password));
            AccountHistory.Record(db, user, actor.CurrentActor, AccountHistory.PasswordSet, null, time.GetUtcNow());
            // Whoever knew the old password loses what it got them: the sign-in, refresh tokens, access tokens.
            await revocations.RevokeUserAsync(user, ct);
            return TypedResults.NoContent();
        })
        .Validate<SetPasswordRequest>()
        .WithRequestExample(Examples.SetPassword)
        .WithName("SetUserPassword")
        .WithSummary("Sets a new password, e.g. after the person forgot theirs; ends the account's sign-in and tokens, as disabling does.");

        users.MapPost("/{id:guid}/disable", (Guid id, IdentityDbContext db, Revocations revocations, IActorAccessor actor, TimeProvider time, CancellationToken ct) =>
            ChangeAsync(db, id, async user =>
            {
                if (!user.Disabled)
                {
                    user.Disable(time.GetUtcNow());
                    AccountHistory.Record(db, user, actor.CurrentActor, AccountHistory.Disabled, null, time.GetUtcNow());
                }

                // Refresh tokens, codes and the sign-in end now; access tokens at the gateway and the services within a minute.
                await revocations.RevokeUserAsync(user, ct);
            }, ct))
        .WithName("DisableUser")
        .WithSummary("Disables an account: it can no longer sign in, its refresh tokens stop working at once and its access tokens everywhere within a minute.");

        users.MapPost("/{id:guid}/enable", (Guid id, IdentityDbContext db, IActorAccessor actor, TimeProvider time, CancellationToken ct) =>
            ChangeAsync(db, id, async user =>
            {
                if (user.Disabled)
                {
                    user.Enable();
                    AccountHistory.Record(db, user, actor.CurrentActor, AccountHistory.Enabled, null, time.GetUtcNow());
                    await db.SaveChangesAsync(ct);
                }
            }, ct))
        .WithName("EnableUser")
        .WithSummary("Enables a disabled account again.");

        users.MapPost("/{id:guid}/unlock", (Guid id, IdentityDbContext db, IActorAccessor actor, TimeProvider time, CancellationToken ct) =>
            ChangeAsync(db, id, async user =>
            {
                if (user.FailedSignIns > 0 || user.LockedUntil is not null)
                {
                    var wasLocked = user.IsLockedAt(time.GetUtcNow());
                    user.Unlock();
                    AccountHistory.Record(db, user, actor.CurrentActor, AccountHistory.Unlocked, wasLocked ? "locked after wrong passwords" : "wrong passwords forgotten", time.GetUtcNow());
                    await db.SaveChangesAsync(ct);
                }
            }, ct))
        .WithName("UnlockUser")
        .WithSummary("Lifts a lockout after too many wrong passwords before it ends by itself, and forgets the wrong passwords.");

        users.MapHistory(AccountHistory.RecordType);
    }

    /// <summary>
    /// The account <paramref name="id"/> (404 when there is none), changed by <paramref name="change"/>, which saves what
    /// it changed, and answered as it then stands.
    /// </summary>
    private static async Task<Results<Ok<UserResponse>, NotFound>> ChangeAsync(IdentityDbContext db, Guid id, Func<UserAccount, Task> change, CancellationToken ct)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        await change(user);
        return TypedResults.Ok(UserResponse.From(user));
    }

    private static string Describe(UserAccount user) =>
        $"roles {string.Join(", ", user.Roles)}" + (user.UnitId is { } unit ? $"; unit {unit}" : "");

    private static async Task<ValidationProblem?> UnknownUnitAsync(IdentityDbContext db, Guid? unitId, CancellationToken ct) =>
        unitId is { } id && !await db.Units.AnyAsync(u => u.Id == id, ct)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["unitId"] = [$"There is no unit {id}."] })
            : null;
}
