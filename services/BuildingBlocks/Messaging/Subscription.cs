namespace RuleOfLaw.BuildingBlocks.Messaging;

/// <summary>
/// One queue of one service that receives one event type: the service's queue prefix (its name unless
/// configured), then <paramref name="Endpoint"/>, the kebab-case name of its consumer.
/// </summary>
/// <param name="Service">The subscribing service's name, e.g. "normative-documents".</param>
/// <param name="Endpoint">The consumer's endpoint name without the prefix, e.g. "incidental-review-requested".</param>
/// <param name="MessageType">The event type (or interface) the consumer takes.</param>
public sealed record Subscription(string Service, string Endpoint, Type MessageType);
