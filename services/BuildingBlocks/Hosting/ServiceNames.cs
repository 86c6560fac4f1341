namespace RuleOfLaw.BuildingBlocks.Hosting;

/// <summary>A service's names: on the bus and in traces, of its public routes, of its database.</summary>
/// <param name="Name">Kebab-case name, e.g. "normative-documents"; prefixes its queues.</param>
/// <param name="RoutePrefix">Public prefix of its routes, e.g. "/api/documents"; the same behind the gateway.</param>
/// <param name="DatabaseConnectionName">Connection string name of its own database.</param>
/// <param name="PublishesEvents">Whether it publishes integration events, and so serves a replay feed (<c>{RoutePrefix}/events</c>).</param>
public sealed record ServiceNames(string Name, string RoutePrefix, string DatabaseConnectionName, bool PublishesEvents = true);
