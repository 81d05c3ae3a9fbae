using RaceLab.Explorer.Sampling;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>A schedule read for --replay: the exhaustive search's steps, or a sampled schedule's segments.</summary>
internal sealed record ReplaySchedule(IReadOnlyList<int>? Steps, IReadOnlyList<Segment>? Segments);
