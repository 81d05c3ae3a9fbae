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

    /// <summary>
    /// The explorer's reading of the stretch from here to the next check point (<see cref="LocalStretch"/>;
    /// <see cref="StretchKind.Shared"/> unless read): the loop looks up the stretch's conditions only where it may be frame-only.
    /// </summary>
    public StretchKind Stretch;

    /// <summary>The decoded argument: an instruction index for jumps, a slot for globals, the oparg otherwise.</summary>
    public int Arg;

    /// <summary>Simulated cost of the instruction in picoseconds.</summary>
    public int Cost;

    /// <summary>Source line, or -1 when the instruction has none.</summary>
    public int Line;
}
