using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Replay;

/// <summary>The outcome a schedule reaches and what it executed on the way.</summary>
public sealed record ReplayResult(Outcome Outcome, Witness Witness);
