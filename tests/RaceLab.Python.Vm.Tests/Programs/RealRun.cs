namespace RaceLab.Python.Vm.Tests.Programs;

/// <summary>
/// One run of a program on a real CPython, as golden.py recorded it: the last integer the program printed
/// (null when its output did not end in one), whether it exited 0 (its assertion held), and the wall time
/// of the whole process in seconds (interpreter start-up included).
/// </summary>
public sealed record RealRun(long? Final, bool AssertOk, double Seconds);
