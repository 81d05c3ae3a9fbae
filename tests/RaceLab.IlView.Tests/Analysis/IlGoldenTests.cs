using System.Runtime.CompilerServices;
using RaceLab.Experiment.Strategies;
using RaceLab.IlView.Analysis;
using RaceLab.IlView.Tests.Support;

namespace RaceLab.IlView.Tests.Analysis;

/// <summary>
/// Each strategy's loop, decoded from the built RaceLab.Experiment.dll, against a checked-in listing: a change to a
/// strategy's code (or to what the C# compiler emits for it) shows up here. Regenerate after reviewing a change with
/// RACELAB_UPDATE_GOLDENS=1 dotnet test tests/RaceLab.IlView.Tests.
/// </summary>
public class IlGoldenTests
{
    public static TheoryData<string> Strategies() => [.. StrategyCatalog.Names];

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Listing_Strategy_MatchesGolden(string name)
    {
        Assert.True(StrategyCatalog.TryParse(name, out var kind));
        var actual = ListingText.Of(IlListings.For(kind.Value));
        var path = Path.Combine(GoldenFolder(), $"{name}.il.txt");
        if (System.Environment.GetEnvironmentVariable("RACELAB_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden for {name}: {path}");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Goldens_ExactlyOnePerStrategy()
    {
        var goldens = Directory.GetFiles(GoldenFolder(), "*.il.txt").Select(p => Path.GetFileName(p)[..^".il.txt".Length]).Order();
        Assert.Equal(StrategyCatalog.Names.Order(), goldens);
    }

    private static string GoldenFolder([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here))!, "Golden");
}
