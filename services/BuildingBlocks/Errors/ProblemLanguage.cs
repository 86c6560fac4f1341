using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace RuleOfLaw.BuildingBlocks.Errors;

/// <summary>
/// The language of what a client reads in problem details (decision 0018): Chinese (zh-CN) unless the request's
/// <c>Accept-Language</c> prefers English. Only the UI culture follows the request; the formatting culture stays
/// invariant, so numbers and dates in answers do not change with the client's language.
/// </summary>
public static class ProblemLanguage
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>True when the current request asked for English.</summary>
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The text in the current request's language.</summary>
    public static string Text(string chinese, string english) => IsEnglish ? english : chinese;

    /// <summary>Reads the request's language from <c>Accept-Language</c> only: zh-CN by default, en supported.</summary>
    public static IServiceCollection AddProblemLanguages(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, Chinese);
            options.SupportedCultures = [CultureInfo.InvariantCulture];
            options.SupportedUICultures = [Chinese, English];
            options.FallBackToParentUICultures = true;
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });

    /// <summary>Sets the request's UI culture; goes before the exception handler, so refusals are written in it.</summary>
    public static IApplicationBuilder UseProblemLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>
    /// Gives a problem the framework wrote (its English reason phrase or validation title, or none) its title in
    /// the request's language; titles the service chose stay.
    /// </summary>
    public static void Localize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status) || problem.Title == FrameworkValidationTitle)
        {
            problem.Title = problem is Microsoft.AspNetCore.Mvc.ValidationProblemDetails or HttpValidationProblemDetails && status == StatusCodes.Status400BadRequest
                ? Text("请求中有字段不符合要求", "One or more fields are not valid")
                : TitleFor(status) ?? problem.Title;
        }
    }

    private const string FrameworkValidationTitle = "One or more validation errors occurred.";

    /// <summary>The title of a problem the framework wrote with its English default, in the request's language.</summary>
    internal static string? TitleFor(int status) => status switch
    {
        400 => Text("请求有误", "The request is not valid"),
        401 => Text("未登录或访问令牌无效", "No valid access token"),
        403 => Text("无权进行此操作", "Not allowed"),
        404 => Text("未找到", "Not found"),
        405 => Text("不支持该请求方法", "Method not allowed"),
        409 => Text("与现有记录冲突", "Conflict"),
        412 => Text("记录在读取后已被更改", "The record changed since it was read"),
        413 => Text("请求内容过大", "The request is too large"),
        415 => Text("不支持该内容类型", "Unsupported media type"),
        422 => Text("无法处理该请求", "The request cannot be processed"),
        429 => Text("请求过于频繁", "Too many requests"),
        500 => Text("服务器内部错误", "Server error"),
        503 => Text("服务暂时不可用", "Service unavailable"),
        _ => null,
    };
}
