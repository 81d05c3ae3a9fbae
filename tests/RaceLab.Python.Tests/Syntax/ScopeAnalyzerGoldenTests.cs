using System.Text;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Tests.Syntax;

public sealed class ScopeAnalyzerGoldenTests
{
    [Theory]
    [MemberData(nameof(SyntaxCases.ScopeCases), MemberType = typeof(SyntaxCases))]
    public void Analyze_Case_MatchesCPythonCodeObjectNames(string name, string versionLabel)
    {
        Assert.True(PythonVersions.TryParse(versionLabel, out var version));
        var expected = File.ReadAllText(SyntaxCases.ScopeGoldenPath(name, version.Value));
        var module = AstOptimizer.Optimize(PythonParser.Parse(SyntaxCases.ScopeSource(name), "case.py", version.Value), version.Value);

        var table = ScopeAnalyzer.Analyze(module);

        Assert.Equal(expected, Describe(table.Module));
    }

    [Fact]
    public void ScopeCases_EveryProgram_HasAGoldenForEveryVersion()
    {
        var names = SyntaxCases.ScopeNames.ToList();
        Assert.NotEmpty(names);
        var missing = names.SelectMany(n => PythonVersions.All.Select(v => SyntaxCases.ScopeGoldenPath(n, v))).Where(p => !File.Exists(p)).ToList();
        Assert.Empty(missing);
    }

    /// <summary>One line per code object, depth first; an inlined comprehension (3.12+) has none.</summary>
    private static string Describe(Scope module)
    {
        var text = new StringBuilder();
        Write(module, 0);
        return text.ToString();

        void Write(Scope scope, int depth)
        {
            if (!scope.IsInlined)
            {
                var name = scope.Kind switch
                {
                    ScopeKind.Module => "<module>",
                    ScopeKind.Lambda => "<lambda>",
                    ScopeKind.Comprehension => "<listcomp>",
                    _ => scope.Name,
                };
                text.Append(' ', depth * 2).Append(name)
                    .Append(": varnames=").Append(Tuple(scope.VarNames))
                    .Append(" cellvars=").Append(Tuple(scope.CellVars))
                    .Append(" freevars=").Append(Tuple(scope.FreeVars)).Append('\n');
                depth++;
            }

            foreach (var child in scope.Children)
            {
                Write(child, depth);
            }
        }
    }

    private static string Tuple(IEnumerable<string> names)
    {
        var quoted = names.Select(n => $"'{n}'").ToList();
        return "(" + string.Join(", ", quoted) + (quoted.Count == 1 ? ",)" : ")");
    }
}
