using FluentValidation;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Domain;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.Identity.Administration;

/// <summary>A new account. Staff roles need <c>unitId</c>; a citizen has none.</summary>
public sealed record CreateUserRequest(string UserName, string DisplayName, string Password, Guid? UnitId, IReadOnlyList<string> Roles) : IAssignment;

/// <summary>The unit a person acts for and the roles they hold, replacing the ones they had.</summary>
public sealed record AssignUserRequest(Guid? UnitId, IReadOnlyList<string> Roles, string? DisplayName) : IAssignment;

public sealed record SetPasswordRequest(string Password);

public sealed record UserQuery(int Page = 1, int PageSize = 20, Guid? UnitId = null, string? Role = null, string? Q = null) : BuildingBlocks.Hosting.IPagedQuery;

/// <summary>An account; <c>lockedUntil</c> is set while too many wrong passwords keep it from signing in.</summary>
public sealed record UserResponse(Guid Id, string UserName, string DisplayName, Guid? UnitId, IReadOnlyList<string> Roles, bool Disabled, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt, DateTimeOffset? LockedUntil)
{
    public static UserResponse From(UserAccount u) => new(u.Id, u.UserName, u.DisplayName, u.UnitId, u.Roles, u.Disabled, u.CreatedAt, u.DisabledAt, u.LockedUntil);
}

/// <summary>What a request says about the unit a person acts for and the roles they hold.</summary>
public interface IAssignment
{
    Guid? UnitId { get; }

    IReadOnlyList<string> Roles { get; }
}

/// <summary>The unit rule (IDN-1) and the person roles (IDN-2), checked as field errors before the account is touched.</summary>
internal sealed class AssignmentValidator : AbstractValidator<IAssignment>
{
    public AssignmentValidator()
    {
        RuleFor(x => x.Roles).NotNull().NotEmpty()
            .Must(r => r.All(Roles.PersonRoles.Contains)).WithMessage(_ => ProblemLanguage.Text("角色只能是：" + string.Join("、", Roles.PersonRoles.Order(StringComparer.Ordinal)) + "。", "Roles are " + string.Join(", ", Roles.PersonRoles.Order(StringComparer.Ordinal)) + "."));
        RuleFor(x => x.Roles).Must(r => !r.Any(Roles.IsStaff)).WithMessage(_ => ProblemLanguage.Text("公民不担任工作人员角色。", "A citizen holds no staff role."))
            .When(x => x.Roles?.Contains(Roles.Citizen) == true);
        RuleFor(x => x.UnitId).NotNull().WithMessage(_ => ProblemLanguage.Text("工作人员角色代表一个单位：请填写单位。", "A staff role acts for a unit: name it."))
            .When(x => x.Roles?.Any(Roles.IsStaff) == true);
        RuleFor(x => x.UnitId).Null().WithMessage(_ => ProblemLanguage.Text("公民不代表任何单位。", "A citizen acts for no unit."))
            .When(x => x.Roles?.Contains(Roles.Citizen) == true);
        RuleFor(x => x.Roles).MaximumCount(Roles.PersonRoles.Count);
        RuleForEach(x => x.Roles).MaximumLength(Limits.Code);
    }
}

internal sealed class CreateUserValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(Limits.UserName).Matches(Patterns.UserName).WithMessage(_ => Patterns.UserNameMessage);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(x => x.Password).NotEmpty().MinimumLength(Patterns.MinPasswordLength).MaximumLength(200);
        Include(new AssignmentValidator());
    }
}

internal sealed class AssignUserValidator : AbstractValidator<AssignUserRequest>
{
    public AssignUserValidator()
    {
        RuleFor(x => x.DisplayName).MaximumLength(Limits.Name);
        RuleFor(x => x.DisplayName).NotEmpty().When(x => x.DisplayName is not null);
        Include(new AssignmentValidator());
    }
}

internal sealed class SetPasswordValidator : AbstractValidator<SetPasswordRequest>
{
    public SetPasswordValidator() => RuleFor(x => x.Password).NotEmpty().MinimumLength(Patterns.MinPasswordLength).MaximumLength(200);
}

internal sealed class UserQueryValidator : AbstractValidator<UserQuery>
{
    public UserQueryValidator()
    {
        Include(new BuildingBlocks.Hosting.PagingRules());
        RuleFor(x => x.Q).MaximumLength(Limits.Name);
        RuleFor(x => x.Role).MaximumLength(Limits.Code);
    }
}
