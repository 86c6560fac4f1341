namespace RuleOfLaw.Contracts;

/// <summary>
/// Marks an event whose content the district publishes anyway (政务公开): it is about a record once
/// it is public, and carries nothing beyond what the public record shows. The replay feed serves
/// these to the government-information portal; every other event only to district systems.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublicEventAttribute : Attribute;
