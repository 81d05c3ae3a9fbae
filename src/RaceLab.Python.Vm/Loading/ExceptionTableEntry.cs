namespace RaceLab.Python.Vm.Loading;

/// <summary>A 3.11+ exception table entry, in instruction indexes: [Start, End) handled at Target.</summary>
internal readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool PushLasti);
