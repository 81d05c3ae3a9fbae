namespace RaceLab.Python.Vm.Loading;

/// <summary>One real instruction before mapping: its unit (2-byte word) position and the next one's.</summary>
internal readonly record struct RawInstruction(string Name, byte Opcode, int Arg, int FirstUnit, int Unit, int NextUnit);
