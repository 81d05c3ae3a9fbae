using System.Text.Json;
using System.Text.RegularExpressions;
using RaceLab.Cli.Tests.Support;

namespace RaceLab.Cli.Tests.Commands.Il;

/// <summary>The real thing: a child racelab under DOTNET_JitDisasm, on this machine's JIT.</summary>
public class IlNativeTests
{
    [X64Fact]
    public void IlNative_UnsafeAndInterlocked_ShowIncWithoutAndWithLockPrefix()
    {
        var (exitCode, output) = CliRunner.Run("il", "--strategy", "unsafe,interlocked", "--native", "--json");
        Assert.True(exitCode == ExitCodes.Ok, output);
        using var document = JsonDocument.Parse(output);
        var strategies = document.RootElement.GetProperty("strategies").EnumerateArray().ToList();

        var unsafeNative = strategies[0].GetProperty("native");
        Assert.False(string.IsNullOrEmpty(unsafeNative.GetProperty("tier").GetString()));
        var unsafeLines = Lines(unsafeNative);
        Assert.Contains(unsafeLines, l => l.InLoop && Regex.IsMatch(l.Text, @"^(inc|add)\s+dword ptr \[[^\]]+\]"));
        Assert.DoesNotContain(unsafeLines, l => l.InLoop && l.Text.StartsWith("lock", StringComparison.Ordinal));

        var interlockedLines = Lines(strategies[1].GetProperty("native"));
        Assert.Contains(interlockedLines, l => l.InLoop && Regex.IsMatch(l.Text, @"^lock\s+(inc|add|xadd)\s+dword ptr \["));
    }

    private static List<(string Text, bool InLoop)> Lines(JsonElement native) =>
        [.. native.GetProperty("lines").EnumerateArray().Select(l => (l.GetProperty("text").GetString()!.Trim(), l.GetProperty("in_loop").GetBoolean()))];
}
