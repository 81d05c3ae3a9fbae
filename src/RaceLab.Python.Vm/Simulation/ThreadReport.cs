namespace RaceLab.Python.Vm.Simulation;

/// <summary>One simulated thread's life.</summary>
public sealed record ThreadReport(string Name, double StartSeconds, double EndSeconds, long Instructions, string State);
