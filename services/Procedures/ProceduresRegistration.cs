using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.Procedures;

public static class ProceduresRegistration
{
    /// <summary>
    /// Registers the validators of the shared procedures' requests, the legality review's for the
    /// record's own checklist, and the service's way of running steps on <typeparamref name="TRecord"/>.
    /// </summary>
    public static IServiceCollection AddSharedProcedures<TRecord, TChecklist, TRecords>(this IServiceCollection services)
        where TChecklist : ILegalityChecklist
        where TRecords : class, IProcedureRecords<TRecord>
    {
        services.AddValidatorsFromAssembly(typeof(ProceduresRegistration).Assembly, includeInternalTypes: true);
        services.AddScoped<IValidator<LegalityReviewRequest<TChecklist>>, LegalityReviewValidator<TChecklist>>();
        services.AddScoped<TRecords>();
        services.AddScoped<IProcedureRecords<TRecord>>(sp => sp.GetRequiredService<TRecords>());
        return services;
    }
}
