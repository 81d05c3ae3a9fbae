using RaceLab.Python.Syntax;

namespace RaceLab.Python.Vm.Modules;

/// <summary>
/// The modules a simulated program may import. A program that imports anything else is refused before it
/// runs, at the import's position, rather than failing part-way with an ImportError the real program would
/// not raise.
/// </summary>
public static class ModelledModules
{
    /// <summary>The modules the VM provides: native ones (Interpreter/Builtins.Modules) and those written in Python (Library/).</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Interpreter.Builtins.Modules().Keys.Concat(Loading.LibrarySources.Names()).Where(n => !n.StartsWith('_')).Order(StringComparer.Ordinal)];

    private static bool IsModelled(string dotted) =>
        Interpreter.Builtins.Modules().ContainsKey(dotted) || Loading.LibrarySources.Exists(dotted);

    /// <exception cref="PythonSyntaxException"><c>prog.py:LINE:COL: module 'socket' is not modelled ...</c> for the first import of another module.</exception>
    public static void Check(string source, string fileName, PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(source);
        var module = PythonParser.Parse(source, fileName, version);
        foreach (var (name, span) in Imports(module.Body))
        {
            var parts = name.Split('.');
            for (var i = 1; i <= parts.Length; i++)
            {
                var prefix = string.Join('.', parts[..i]);
                if (!IsModelled(prefix))
                {
                    throw new PythonSyntaxException(fileName, span.Line, span.Column + 1,
                        $"module '{prefix}' is not modelled (the simulator models {string.Join(", ", Names)})");
                }
            }
        }
    }

    // A list of a class, not an iterator of tuples: LINQ and iterators over value tuples are jitted at every
    // start (the framework's precompiled code covers reference types only), for a check that runs once.
    private static List<ImportName> Imports(IEnumerable<Statement> body)
    {
        var imports = new List<ImportName>();
        AddImports(body, imports);
        return imports;
    }

    private static void AddImports(IEnumerable<Statement> body, List<ImportName> imports)
    {
        foreach (var statement in body)
        {
            switch (statement)
            {
                case ImportNode import:
                    foreach (var alias in import.Names)
                    {
                        imports.Add(new ImportName(alias.Name, alias.Span));
                    }

                    break;
                case ImportFromNode from:
                    imports.Add(new ImportName(from.Module, from.Span));
                    break;
                default:
                    foreach (var nested in Nested(statement))
                    {
                        AddImports(nested, imports);
                    }

                    break;
            }
        }
    }

    private sealed record ImportName(string Name, SourceSpan Span);

    /// <summary>The statement lists inside a compound statement (an import there runs when that code does).</summary>
    private static IEnumerable<IEnumerable<Statement>> Nested(Statement statement) => statement switch
    {
        FunctionDefNode n => [n.Body],
        ClassDefNode n => [n.Body],
        IfNode n => [n.Body, n.OrElse],
        ForNode n => [n.Body, n.OrElse],
        WhileNode n => [n.Body, n.OrElse],
        WithNode n => [n.Body],
        TryNode n => [n.Body, .. n.Handlers.Select(h => h.Body), n.OrElse, n.FinalBody],
        _ => [],
    };
}
