using System.Runtime.InteropServices;

namespace RaceLab.Python.Vm.Loading;

/// <summary>One decoded instruction: 16 bytes, the unit the dispatch loop walks.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct Instr
{
    public Op Op;
    public CheckKind Check;

    /// <summary>The release's opcode number (for traces and messages).</summary>
    public byte RawOpcode;

    public byte Spare;

    /// <summary>The decoded argument: an instruction index for jumps, a slot for globals, the oparg otherwise.</summary>
    public int Arg;

    /// <summary>Simulated cost of the instruction in picoseconds.</summary>
    public int Cost;

    /// <summary>Source line, or -1 when the instruction has none.</summary>
    public int Line;
}
