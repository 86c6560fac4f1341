namespace RuleOfLaw.BuildingBlocks.Hosting;

/// <summary>Who a service is: its name on the bus and in traces, its public route prefix, its database.</summary>
/// <param name="Name">Kebab-case name, e.g. "normative-documents"; prefixes its queues.</param>
/// <param name="RoutePrefix">Public prefix of its routes, e.g. "/api/documents"; the same behind the gateway.</param>
/// <param name="DatabaseConnectionName">Connection string name of its own database.</param>
public sealed record ServiceIdentity(string Name, string RoutePrefix, string DatabaseConnectionName);
