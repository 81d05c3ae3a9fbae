using RaceLab.Python.Vm.Simulation;

namespace RaceLab.Report.Sim;

/// <summary>One simulated run as a page shows it: a label ("3.9, trial 1") and what the simulator recorded.</summary>
public sealed record SimRunView(string Label, SimulationResult Result);
