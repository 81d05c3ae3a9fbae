using System.Text;
using RaceLab.Check.Findings;
using RaceLab.Python.Syntax;

namespace RaceLab.Check.Analysis;

/// <summary>
/// Finds the source span of an instruction from its line and what it touches: the name, attribute or subscript
/// node on that line. The same lookup serves every release (3.9 and 3.10 record no columns), so a window found
/// on several targets gets one location and becomes one finding.
/// </summary>
internal sealed class SourceMap
{
    private readonly string[] _lines;
    private readonly Dictionary<int, List<Node>> _nodesByLine = [];

    public SourceMap(string source, ModuleNode module)
    {
        var text = source.StartsWith('\uFEFF') ? source[1..] : source;
        _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        foreach (var node in SyntaxWalker.Descendants(module))
        {
            if (node is ModuleNode || node.Span.IsNone)
            {
                continue;
            }

            if (!_nodesByLine.TryGetValue(node.Span.Line, out var list))
            {
                _nodesByLine[node.Span.Line] = list = [];
            }

            list.Add(node);
        }
    }

    /// <summary>The text of line <paramref name="line"/> (1-based), or "" past the end.</summary>
    public string Line(int line) => line >= 1 && line <= _lines.Length ? _lines[line - 1] : "";

    /// <summary>Where the instruction <paramref name="opName"/> touching <paramref name="name"/> on <paramref name="line"/> is in the source.</summary>
    public SourceLocation Locate(int line, string opName, string name, bool store)
    {
        var nodes = _nodesByLine.GetValueOrDefault(line) ?? [];
        var wanted = store ? ExprContext.Store : ExprContext.Load;
        var leaf = name[(name.LastIndexOf('.') + 1)..];
        IEnumerable<Node> candidates = opName switch
        {
            _ when opName.EndsWith("_ATTR", StringComparison.Ordinal) || opName == "LOAD_METHOD" =>
                nodes.OfType<AttributeNode>().Where(a => a.Attr == leaf).OrderBy(a => a.Ctx == wanted ? 0 : 1),
            "CONTAINS_OP" or "IS_OP" or "COMPARE_OP" => nodes.OfType<CompareNode>(),
            _ when opName.EndsWith("_SUBSCR", StringComparison.Ordinal) =>
                nodes.OfType<SubscriptNode>().OrderBy(s => s.Ctx == wanted ? 0 : 1),
            _ => nodes.OfType<NameNode>().Where(n => n.Id == leaf).OrderBy(n => n.Ctx == wanted ? 0 : 1),
        };
        var node = candidates.FirstOrDefault() ?? nodes.OfType<Statement>().FirstOrDefault();
        return node is null ? FirstNonBlank(line) : ToLocation(node.Span);
    }

    /// <summary>The statement that starts on <paramref name="line"/>, or the line's first non-blank character.</summary>
    public SourceLocation Statement(int line)
    {
        var statement = (_nodesByLine.GetValueOrDefault(line) ?? []).OfType<Statement>().FirstOrDefault();
        return statement is null ? FirstNonBlank(line) : ToLocation(statement.Span);
    }

    /// <summary>
    /// Where the lock <paramref name="lockName"/> is taken for a region whose body starts on <paramref name="bodyLine"/>:
    /// the nearest <c>with</c> statement or <c>.acquire()</c> at or above it that names the lock.
    /// </summary>
    public SourceLocation LockSite(int bodyLine, string lockName)
    {
        var leaf = lockName[(lockName.LastIndexOf('.') + 1)..];
        for (var line = bodyLine; line >= 1 && line > bodyLine - 200; line--)
        {
            var nodes = _nodesByLine.GetValueOrDefault(line) ?? [];
            var takesLock = nodes.Any(n => n is WithNode || n is AttributeNode { Attr: "acquire" });
            var namesLock = nodes.Any(n => n is NameNode name && name.Id == leaf || n is AttributeNode attribute && attribute.Attr == leaf);
            if (takesLock && namesLock)
            {
                return Statement(line);
            }
        }

        return Statement(bodyLine);
    }

    private SourceLocation FirstNonBlank(int line)
    {
        var text = Line(line);
        var column = text.Length - text.TrimStart().Length + 1;
        return new SourceLocation(line, column, line, text.Length + 1);
    }

    // CPython columns are UTF-8 byte offsets; editors and SARIF count characters from 1.
    private SourceLocation ToLocation(SourceSpan span) =>
        new(span.Line, CharColumn(span.Line, span.Column), span.EndLine, CharColumn(span.EndLine, span.EndColumn));

    private int CharColumn(int line, int byteColumn)
    {
        var text = Line(line);
        var bytes = 0;
        var index = 0;
        while (index < text.Length && bytes < byteColumn)
        {
            var width = char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(text.AsSpan(index, width));
            index += width;
        }

        return index + 1;
    }
}
