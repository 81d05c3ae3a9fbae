using System.Globalization;
using System.Text;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

/// <summary>
/// A readable, line-per-node dump of a tree: the node's CPython name, its scalar fields and
/// <c>@line:col-endline:endcol</c>, then its child fields indented. tools/ast-golden.py writes the same format
/// from real CPython's <c>ast.parse</c>, so the two can be compared line by line.
/// </summary>
public static partial class AstDump
{
    public static string Dump(ModuleNode module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var writer = new Writer(module.Version);
        writer.Write(module, 0);
        return writer.ToString();
    }

    private abstract record Field(string Name);

    private sealed record Scalar(string Name, string Text) : Field(Name);

    private sealed record Child(string Name, object? Value) : Field(Name);

    private sealed record Children(string Name, IEnumerable<object?> Values) : Field(Name);

    private sealed partial class Writer(PythonVersion version)
    {
        private static readonly HashSet<string> SkippedWhenEmpty = ["decorator_list", "posonlyargs", "vararg", "kwarg", "returns", "annotation"];

        private readonly StringBuilder _text = new();

        public override string ToString() => _text.ToString();

        private void Emit(int indent, string name, SourceSpan? span, params Field[] fields)
        {
            var pad = new string(' ', indent * 2);
            _text.Append(pad).Append(name);
            foreach (var field in fields)
            {
                switch (field)
                {
                    case Scalar scalar:
                        _text.Append(' ').Append(scalar.Name).Append('=').Append(scalar.Text);
                        break;
                    case Child { Value: null } child when !SkippedWhenEmpty.Contains(child.Name):
                        _text.Append(' ').Append(child.Name).Append("=None");
                        break;
                }
            }

            if (span is { } s)
            {
                _text.Append(CultureInfo.InvariantCulture, $" @{s.Line}:{s.Column}-{s.EndLine}:{s.EndColumn}");
            }

            _text.Append('\n');
            foreach (var field in fields)
            {
                switch (field)
                {
                    case Child { Value: { } value } child:
                        _text.Append(pad).Append("  ").Append(child.Name).Append(":\n");
                        Write(value, indent + 2);
                        break;
                    case Children children:
                        var values = children.Values.ToList();

                        // ast-golden.py leaves out a few fields when they are empty (decorator_list and the like).
                        if (values.Count == 0 && SkippedWhenEmpty.Contains(children.Name))
                        {
                            break;
                        }

                        _text.Append(pad).Append("  ").Append(children.Name).Append(values.Count == 0 ? ": []\n" : ":\n");
                        foreach (var value in values)
                        {
                            if (value is null or string)
                            {
                                _text.Append(pad).Append("    ").Append(value is string s2 ? PythonString.Repr(s2) : "None").Append('\n');
                            }
                            else
                            {
                                Write(value, indent + 2);
                            }
                        }

                        break;
                }
            }
        }

        private static string Repr(string? text) => text is null ? "None" : PythonString.Repr(text);

        private static Scalar Ctx(ExprContext ctx) => new("ctx", ctx.ToString());
    }
}
