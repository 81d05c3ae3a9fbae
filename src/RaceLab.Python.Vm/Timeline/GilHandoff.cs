namespace RaceLab.Python.Vm.Timeline;

/// <summary>The GIL (free-threaded: a core) passing from one thread to another, and why.</summary>
public sealed record GilHandoff(double Time, int From, int To, HandoffCause Cause, string Detail);
