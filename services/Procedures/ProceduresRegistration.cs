using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace RuleOfLaw.Procedures;

public static class ProceduresRegistration
{
    /// <summary>Registers the validators of the shared procedures' requests.</summary>
    public static IServiceCollection AddSharedProcedures(this IServiceCollection services) =>
        services.AddValidatorsFromAssembly(typeof(ProceduresRegistration).Assembly, includeInternalTypes: true);
}
