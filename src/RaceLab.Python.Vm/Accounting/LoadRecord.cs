namespace RaceLab.Python.Vm.Accounting;

/// <summary>Where a thread loaded a global: time (ps), code, instruction, and the value it saw.</summary>
internal readonly record struct LoadRecord(long Time, Loading.CompiledCode Code, int Pc, string Value, long Switches);
