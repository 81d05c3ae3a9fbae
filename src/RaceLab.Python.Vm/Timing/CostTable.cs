namespace RaceLab.Python.Vm.Timing;

/// <summary>One build's instruction costs in nanoseconds.</summary>
internal sealed record CostTable(Dictionary<string, double> Ops, double DefaultNs, double FrameNs, double LockNs);
