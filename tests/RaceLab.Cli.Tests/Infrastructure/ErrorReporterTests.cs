using RaceLab.Cli.Infrastructure;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Infrastructure;

public sealed class ErrorReporterTests
{
    [Fact]
    public void Usage_LongerThanTheConsole_StaysOnOneLine()
    {
        var console = new TestConsole().Width(40);
        var path = "/a/very/long/checkout/path/of/somebody/tests/Programs/inline_increment.py";

        ErrorReporter.Usage(console, $"{path}:3:5: unsupported construct: class definition");

        Assert.Equal($"racelab: error: {path}:3:5: unsupported construct: class definition\n", console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Usage_SeveralLines_PrefixesEachLine()
    {
        var console = new TestConsole();

        ErrorReporter.Usage(console, "first problem\nsecond problem");

        Assert.Equal("racelab: error: first problem\nracelab: error: second problem\n", console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Usage_MessageWithMarkupCharacters_IsPrintedLiterally()
    {
        var console = new TestConsole();

        ErrorReporter.Usage(console, "--strategy [x]: unknown strategy");

        Assert.Equal("racelab: error: --strategy [x]: unknown strategy\n", console.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Unexpected_NamesTheExceptionAsABug()
    {
        var console = new TestConsole();

        ErrorReporter.Unexpected(console, new InvalidOperationException("stack underflow"));

        Assert.Contains("racelab: error: stack underflow (InvalidOperationException; this is a bug in racelab", console.Output, StringComparison.Ordinal);
    }
}
