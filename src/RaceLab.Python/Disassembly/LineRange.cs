namespace RaceLab.Python.Disassembly;

/// <summary>One entry of <c>co_lines()</c>: code offsets [Start, End) belong to <see cref="Line"/> (null: none).</summary>
public readonly record struct LineRange(int Start, int End, int? Line);
