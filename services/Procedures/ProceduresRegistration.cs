using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.Procedures;

public static class ProceduresRegistration
{
    /// <summary>
    /// Registers the validators of the shared steps' requests (comment, review, meeting), and the legality
    /// review's for the record's own checklist. The routes are the service's own, in its <c>Features</c>.
    /// </summary>
    public static IServiceCollection AddSharedStepValidators<TChecklist>(this IServiceCollection services)
        where TChecklist : ILegalityChecklist
    {
        services.AddValidatorsFromAssembly(typeof(ProceduresRegistration).Assembly, includeInternalTypes: true);
        services.AddScoped<IValidator<LegalityReviewRequest<TChecklist>>, LegalityReviewValidator<TChecklist>>();
        return services;
    }
}
