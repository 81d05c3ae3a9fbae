using RaceLab.Explorer.Engine;

namespace RaceLab.Explorer.Sampling;

/// <summary>A sampled schedule reaching an outcome, shrunk, with the witness its replay recorded.</summary>
/// <param name="Segments">The shrunk schedule (replays with <see cref="SegmentReplayer"/>).</param>
/// <param name="Witness">Its replay: preemptions and the instructions around each switch.</param>
/// <param name="PreemptionsBeforeShrinking">The preemptions of the schedule as sampled.</param>
/// <param name="ShrinkReplays">Replays the shrinking ran.</param>
/// <param name="ShrinkComplete">False when the replay budget ran out before no single preemption could go.</param>
public sealed record SampledWitness(
    IReadOnlyList<Segment> Segments,
    Witness Witness,
    int PreemptionsBeforeShrinking,
    int ShrinkReplays,
    bool ShrinkComplete);
