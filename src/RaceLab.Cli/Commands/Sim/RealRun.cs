namespace RaceLab.Cli.Commands.Sim;

/// <summary>One run of a real interpreter (or why there was none).</summary>
/// <remarks><paramref name="Output"/> is stdout and stderr's error lines, as the report shows them; <paramref name="ErrorOutput"/> all of stderr.</remarks>
internal sealed record RealRun(string Python, string? Interpreter, IReadOnlyList<string> Output, int? ExitCode, double? Seconds, string? Problem)
{
    public IReadOnlyList<string> ErrorOutput { get; init; } = [];
}
