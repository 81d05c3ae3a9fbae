namespace RaceLab.Cli.Commands.Sim;

/// <summary>One run of a real interpreter (or why there was none).</summary>
internal sealed record RealRun(string Python, string? Interpreter, IReadOnlyList<string> Output, int? ExitCode, double? Seconds, string? Problem);
