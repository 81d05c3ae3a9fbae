using System.Text;
using Spectre.Console;

namespace RaceLab.Cli.Infrastructure;

/// <summary>
/// Lets System.CommandLine's help and version output reach the injected console, so tests capture it in a
/// TestConsole like everything else. Text goes through unchanged: no markup, no re-wrapping.
/// </summary>
internal sealed class ConsoleTextWriter(IAnsiConsole console) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            console.Profile.Out.Writer.Write(value.ReplaceLineEndings("\n"));
        }
    }

    public override void WriteLine(string? value) => Write(value + "\n");

    public override void WriteLine() => Write("\n");
}
