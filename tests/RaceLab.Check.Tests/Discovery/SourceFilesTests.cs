using RaceLab.Check.Tests.Support;

namespace RaceLab.Check.Tests.Discovery;

public sealed class SourceFilesTests
{
    [Fact]
    public void Directory_RecursesIntoPythonFilesInOrder_SkippingExcludesAndVirtualEnvironments()
    {
        using var tree = new TempTree();
        tree.Add("b.py", "x = 1\n");
        tree.Add("a/z.py", "x = 1\n");
        tree.Add("a/notes.txt", "not python\n");
        tree.Add("a/fixtures/skip.py", "x = 1\n");
        tree.Add(".venv/lib/site.py", "x = 1\n");

        var result = Checker.Run([tree.Root], exclude: ["fixtures/"]);

        var names = result.Files.Select(f => Path.GetRelativePath(tree.Root, f.Path).Replace('\\', '/')).ToList();
        Assert.Equal(["a/z.py", "b.py"], names);
    }

    [Fact]
    public void UnsupportedFileAmongOthers_IsAnErrorWithItsPosition_AndTheOthersAreStillChecked()
    {
        using var tree = new TempTree();
        tree.Add("a_counter.py", Programs.CallInWindow);
        tree.Add("b_class.py", "x = 1\n\n" + Programs.Unsupported);
        tree.Add("c_inline.py", Programs.InlineIncrement);

        var result = Checker.Run([tree.Root]);

        var error = Assert.Single(result.Errors);
        Assert.EndsWith("b_class.py", error.Path, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("match statement", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Reported.Count());
    }

    [Fact]
    public void MissingPath_IsAnErrorAndTheRestIsChecked()
    {
        using var tree = new TempTree();
        var file = tree.Add("counter.py", Programs.CallInWindow);

        var result = Checker.Run([Path.Combine(tree.Root, "nope.py"), file]);

        Assert.Contains("no such file or directory", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Single(result.Reported);
    }

    [Fact]
    public void LinkedDirectoryPointingUpTheTree_IsNotFollowed()
    {
        using var tree = new TempTree();
        tree.Add("pkg/counter.py", Programs.CallInWindow);
        Directory.CreateSymbolicLink(Path.Combine(tree.Root, "pkg", "loop"), tree.Root);

        var result = Checker.Run([tree.Root]);

        Assert.Single(result.Files);
        Assert.Empty(result.Errors);
    }
}
