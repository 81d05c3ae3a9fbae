using System.Collections.Immutable;
using System.Text;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    private ImportNode ParseImport()
    {
        var token = Advance();
        var names = ImmutableArray.CreateBuilder<AliasNode>();
        do
        {
            var start = Current.Start;
            var name = ParseDottedName();
            var asName = Accept("as") ? ExpectName().Text : null;
            names.Add(new AliasNode(name, asName, SpanFrom(start)));
        }
        while (Accept(","));
        return new ImportNode(names.ToImmutable(), SpanFrom(token.Start));
    }

    private ImportFromNode ParseFromImport()
    {
        var token = Advance();
        if (At(".") || At("..."))
        {
            throw Unsupported(Current, "relative import");
        }

        var module = ParseDottedName();
        Expect("import");
        if (At("*"))
        {
            throw Unsupported(Current, "import *");
        }

        var parenthesized = Accept("(");
        var names = ImmutableArray.CreateBuilder<AliasNode>();
        while (true)
        {
            var start = Current.Start;
            var name = ExpectName().Text;
            var asName = Accept("as") ? ExpectName().Text : null;
            names.Add(new AliasNode(name, asName, SpanFrom(start)));
            if (!Accept(","))
            {
                break;
            }

            if (parenthesized && At(")"))
            {
                break;
            }

            if (!parenthesized && Current.Kind == TokenKind.Newline)
            {
                throw ErrorAt(_previous, "trailing comma not allowed without surrounding parentheses");
            }
        }

        if (parenthesized)
        {
            Expect(")");
        }

        return new ImportFromNode(module, names.ToImmutable(), SpanFrom(token.Start));
    }

    private string ParseDottedName()
    {
        var name = new StringBuilder(ExpectName().Text);
        while (Accept("."))
        {
            name.Append('.').Append(ExpectName().Text);
        }

        return name.ToString();
    }
}
