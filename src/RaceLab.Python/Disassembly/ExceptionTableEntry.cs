namespace RaceLab.Python.Disassembly;

/// <summary>
/// One row of a 3.11+ <c>co_exceptiontable</c>: an exception raised at an offset in [Start, End) jumps to
/// <see cref="Target"/> with the stack cut to <see cref="Depth"/> (and the raising offset pushed when
/// <see cref="Lasti"/>).
/// </summary>
public sealed record ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti);
