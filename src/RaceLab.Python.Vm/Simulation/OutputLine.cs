namespace RaceLab.Python.Vm.Simulation;

/// <summary>One line the program wrote, to stdout or to stderr (a traceback, "Exception in thread ...").</summary>
public readonly record struct OutputLine(bool IsError, string Text);
