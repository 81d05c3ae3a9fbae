using RaceLab.Check.Reporting;
using RaceLab.Check.Tests.Support;

namespace RaceLab.Check.Tests.Reporting;

public sealed class DeterminismTests
{
    [Fact]
    public void ManyFilesCheckedInParallel_GiveTheSameJsonEveryRun_InPathOrder()
    {
        using var tree = new TempTree();
        for (var i = 0; i < 24; i++)
        {
            tree.Add($"pkg{i % 3}/m{i:D2}.py", i % 2 == 0 ? Programs.CallInWindow : Programs.InlineIncrement);
        }

        var first = Json(tree.Root);
        var second = Json(tree.Root);

        Assert.Equal(first, second);
        var paths = Checker.Run([tree.Root]).Files.Select(f => f.Path).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }

    private static string Json(string root)
    {
        using var writer = new StringWriter();
        JsonReport.Write(writer, Checker.Run([root]));
        return writer.ToString();
    }
}
