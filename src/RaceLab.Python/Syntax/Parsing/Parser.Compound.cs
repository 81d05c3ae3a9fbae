using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    /// <summary>
    /// ':' then either statements on the same line or an indented block. <paramref name="construct"/> names the
    /// statement for CPython's "expected an indented block after ..." message. A missing ':' is "expected ':'"
    /// after def and else (forced tokens in the grammar), elsewhere only when the line ends there.
    /// </summary>
    private ImmutableArray<Statement> ParseBlock(string construct, Token keyword)
    {
        var forced = keyword.Text is "def" or "else" or "class";
        Expect(":", forced || Current.Kind == TokenKind.Newline ? "expected ':'" : "invalid syntax");
        var body = ImmutableArray.CreateBuilder<Statement>();
        if (Current.Kind != TokenKind.Newline)
        {
            ParseSimpleStatements(body);
            return body.ToImmutable();
        }

        Advance();
        if (Current.Kind != TokenKind.Indent)
        {
            throw ErrorAt(Current, $"expected an indented block after {construct} on line {_source.Line(keyword.Start)}");
        }

        Advance();
        while (Current.Kind != TokenKind.Dedent && Current.Kind != TokenKind.EndMarker)
        {
            ParseStatement(body);
        }

        Advance();
        return body.ToImmutable();
    }

    private FunctionDefNode ParseFunctionDef()
    {
        var keyword = Advance();
        var name = ExpectName().Text;
        Expect("(", "expected '('");
        var arguments = ParseParameters(closing: ")");
        Expect(")");
        if (At("->"))
        {
            throw Unsupported(Current, "return annotation");
        }

        var (savedLoops, savedFunctions) = (_loopDepth, _functionDepth);
        (_loopDepth, _functionDepth) = (0, _functionDepth + 1);
        var body = ParseBlock("function definition", keyword);
        (_loopDepth, _functionDepth) = (savedLoops, savedFunctions);
        return new FunctionDefNode(name, arguments, body, Join(MakeSpan(keyword.Start, keyword.End), body[^1].Span));
    }

    /// <summary>class NAME ['(' arguments ')'] ':' block — the arguments parse as a call's would.</summary>
    private ClassDefNode ParseClassDef()
    {
        var keyword = Advance();
        var nameToken = ExpectName();
        ImmutableArray<Expression> bases = [];
        ImmutableArray<KeywordNode> keywords = [];
        if (AtOperator("("))
        {
            var name = new NameNode(nameToken.Text, ExprContext.Load, MakeSpan(nameToken.Start, nameToken.End));
            var arguments = ParseCall(name, nameToken.Start);
            (bases, keywords) = (arguments.Args, arguments.Keywords);
        }

        // A class body is not a function: 'return' and 'nonlocal' there are errors, loops start afresh.
        var (savedLoops, savedFunctions) = (_loopDepth, _functionDepth);
        (_loopDepth, _functionDepth) = (0, 0);
        var body = ParseBlock("class definition", keyword);
        (_loopDepth, _functionDepth) = (savedLoops, savedFunctions);
        return new ClassDefNode(nameToken.Text, bases, keywords, body, Join(MakeSpan(keyword.Start, keyword.End), body[^1].Span));
    }

    private IfNode ParseIf()
    {
        var keyword = Advance();
        var test = ParseTest();
        var body = ParseBlock($"'{keyword.Text}' statement", keyword);
        ImmutableArray<Statement> orElse = [];
        if (AtKeyword("elif"))
        {
            orElse = [ParseIf()];
        }
        else if (AtKeyword("else"))
        {
            var elseKeyword = Advance();
            orElse = ParseBlock("'else' statement", elseKeyword);
        }

        var last = orElse.IsEmpty ? body[^1] : orElse[^1];
        return new IfNode(test, body, orElse, Join(MakeSpan(keyword.Start, keyword.End), last.Span));
    }

    private WhileNode ParseWhile()
    {
        var keyword = Advance();
        var test = ParseTest();
        var body = ParseLoopBody("'while' statement", keyword);
        return new WhileNode(test, body, Join(MakeSpan(keyword.Start, keyword.End), body[^1].Span));
    }

    private ForNode ParseFor()
    {
        var keyword = Advance();
        var target = ToStore(ParseTargetList(), single: false);
        Expect("in");
        var iter = ParseStarExpressions();
        var body = ParseLoopBody("'for' statement", keyword);
        return new ForNode(target, iter, body, Join(MakeSpan(keyword.Start, keyword.End), body[^1].Span));
    }

    private ImmutableArray<Statement> ParseLoopBody(string construct, Token keyword)
    {
        _loopDepth++;
        var body = ParseBlock(construct, keyword);
        _loopDepth--;
        if (AtKeyword("else"))
        {
            throw Unsupported(Current, $"else clause of a {keyword.Text} loop");
        }

        return body;
    }

    private WithNode ParseWith()
    {
        var keyword = Advance();
        var items = ImmutableArray.CreateBuilder<WithItem>();
        if (AtOperator("(") && IsParenthesizedWithItems())
        {
            Advance();
            do
            {
                if (AtOperator(")"))
                {
                    break;
                }

                items.Add(ParseWithItem());
            }
            while (Accept(","));
            Expect(")");
        }
        else
        {
            do
            {
                items.Add(ParseWithItem());
            }
            while (Accept(","));
        }

        var body = ParseBlock("'with' statement", keyword);
        return new WithNode(items.ToImmutable(), body, Join(MakeSpan(keyword.Start, keyword.End), body[^1].Span));
    }

    /// <summary>"with (a as b, c):" — CPython's first with_stmt alternative: parentheses right before the ':'.</summary>
    private bool IsParenthesizedWithItems()
    {
        var depth = 0;
        for (var i = 0; ; i++)
        {
            var token = Peek(i);
            if (token.Kind is TokenKind.Newline or TokenKind.EndMarker)
            {
                return false;
            }

            if (token.Kind != TokenKind.Operator)
            {
                continue;
            }

            if (token.Text is "(" or "[" or "{")
            {
                depth++;
            }
            else if (token.Text is ")" or "]" or "}")
            {
                depth--;
                if (depth == 0)
                {
                    return Peek(i + 1).Is(":");
                }
            }
        }
    }

    private WithItem ParseWithItem()
    {
        var context = ParseExpression();
        Expression? vars = null;
        if (Accept("as"))
        {
            vars = ToStore(ParseTargetAtom(), single: false);
        }

        return new WithItem(context, vars);
    }

    /// <summary>The condition of if / elif / while, with CPython's hint when '=' was meant as '=='.</summary>
    private Expression ParseTest()
    {
        var test = ParseNamedExpression();
        if (AtOperator("=") && !Peek(1).Is("="))
        {
            throw test is NameNode
                ? ErrorAt(test, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                : ErrorAt(test, $"cannot assign to {ExpressionName(test)} here. Maybe you meant '==' instead of '='?");
        }

        return test;
    }
}
