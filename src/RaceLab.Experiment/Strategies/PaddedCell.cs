using System.Runtime.InteropServices;

namespace RaceLab.Experiment.Strategies;

/// <summary>
/// A counter alone on its cache line: 128 bytes, because adjacent-line prefetching pairs 64-byte lines on
/// many x64 cores, and the value sits in the middle so neighbouring cells never share a line.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 128)]
internal struct PaddedCell
{
    [FieldOffset(64)]
    public long Value;
}
