using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    public ModuleNode ParseModule()
    {
        var body = ImmutableArray.CreateBuilder<Statement>();
        while (Current.Kind != TokenKind.EndMarker)
        {
            ParseStatement(body);
        }

        var end = _source.Text.Length;
        return new ModuleNode(body.ToImmutable(), _source.FileName, _version, MakeSpan(0, end));
    }

    private void ParseStatement(ImmutableArray<Statement>.Builder body)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Indent:
                throw _source.ErrorAtLine(_source.Line(token.End), _source.CharColumn(token.End) - 1, "unexpected indent");
            case TokenKind.Newline or TokenKind.Dedent:
                throw ErrorAt(token, "invalid syntax");
        }

        if (token.Kind == TokenKind.Name)
        {
            switch (token.Text)
            {
                case "def": body.Add(ParseFunctionDef()); return;
                case "if": body.Add(ParseIf()); return;
                case "for": body.Add(ParseFor()); return;
                case "while": body.Add(ParseWhile()); return;
                case "with": body.Add(ParseWith()); return;
                case "class": body.Add(ParseClassDef()); return;
                case "try": body.Add(ParseTry()); return;
                case "async": throw Unsupported(token, "async " + (Peek(1).Kind == TokenKind.Name ? Peek(1).Text : "statement"));
                case "match" when IsSoftKeywordStatement(): throw Unsupported(token, "match statement");
                case "type" when Peek(1).Kind == TokenKind.Name && !IsKeyword(Peek(1)): throw Unsupported(token, "type alias statement");
            }
        }
        else if (token.Is("@"))
        {
            body.Add(ParseDecorated());
            return;
        }

        ParseSimpleStatements(body);
    }

    /// <summary>"match x:" is a match statement; "match = 1" or "match(x)" are not (match is a soft keyword).</summary>
    private bool IsSoftKeywordStatement()
    {
        var next = Peek(1);
        if (next.Kind is TokenKind.Newline or TokenKind.EndMarker || next.Is("=") || next.Is(".") || next.Is(":"))
        {
            return false;
        }

        var depth = 0;
        for (var i = 1; ; i++)
        {
            var token = Peek(i);
            if (token.Kind is TokenKind.Newline or TokenKind.EndMarker)
            {
                return false;
            }

            if (token.Kind == TokenKind.Operator)
            {
                depth += token.Text is "(" or "[" or "{" ? 1 : token.Text is ")" or "]" or "}" ? -1 : 0;
                if (depth == 0 && token.Text == ":" && Peek(i + 1).Kind == TokenKind.Newline)
                {
                    return true;
                }

                if (depth == 0 && token.Text == "=")
                {
                    return false;
                }
            }
        }
    }

    private void ParseSimpleStatements(ImmutableArray<Statement>.Builder body)
    {
        while (true)
        {
            body.Add(ParseSimpleStatement());
            if (Accept(";"))
            {
                if (Current.Kind == TokenKind.Newline)
                {
                    break;
                }

                continue;
            }

            if (Current.Kind != TokenKind.Newline)
            {
                throw LegacyPrint(body[^1]) ?? ErrorAt(Current, "invalid syntax");
            }

            break;
        }

        Advance(); // NEWLINE
    }

    private Statement ParseSimpleStatement()
    {
        var token = Current;
        if (token.Kind == TokenKind.Name)
        {
            switch (token.Text)
            {
                case "pass": Advance(); return new PassNode(SpanFrom(token.Start));
                case "break": return ParseBreakOrContinue(isBreak: true);
                case "continue": return ParseBreakOrContinue(isBreak: false);
                case "return": return ParseReturn();
                case "global": return ParseGlobal();
                case "nonlocal": return ParseNonlocal();
                case "import": return ParseImport();
                case "from": return ParseFromImport();
                case "assert": return ParseAssert();
                case "del": return ParseDelete();
                case "raise": return ParseRaise();
            }
        }

        return ParseExpressionStatement();
    }

    private Statement ParseBreakOrContinue(bool isBreak)
    {
        var token = Advance();
        var span = SpanFrom(token.Start);
        if (_loopDepth == 0)
        {
            throw ErrorAt(token, isBreak ? "'break' outside loop" : "'continue' not properly in loop");
        }

        return isBreak ? new BreakNode(span) : new ContinueNode(span);
    }

    private ReturnNode ParseReturn()
    {
        var token = Advance();
        if (_functionDepth == 0)
        {
            throw ErrorAt(token, "'return' outside function");
        }

        var value = Current.Kind is TokenKind.Newline or TokenKind.EndMarker || At(";") ? null : ParseStarExpressions();
        return new ReturnNode(value, SpanFrom(token.Start));
    }

    private Statement ParseGlobal()
    {
        var token = Advance();
        var names = ParseNameList();
        return new GlobalNode(names, SpanFrom(token.Start));
    }

    private Statement ParseNonlocal()
    {
        var token = Advance();
        var names = ParseNameList();
        if (_functionDepth == 0)
        {
            throw _source.Error(token.Start, "nonlocal declaration not allowed at module level");
        }

        return new NonlocalNode(names, SpanFrom(token.Start));
    }

    private ImmutableArray<string> ParseNameList()
    {
        var names = ImmutableArray.CreateBuilder<string>();
        do
        {
            names.Add(ExpectName().Text);
        }
        while (Accept(","));
        return names.ToImmutable();
    }

    /// <summary>del target (',' target)* [','] — each a name, attribute, subscript, or a parenthesized tuple or list of them.</summary>
    private DeleteNode ParseDelete()
    {
        var token = Advance();
        var targets = ImmutableArray.CreateBuilder<Expression>();
        do
        {
            if (Current.Kind is TokenKind.Newline or TokenKind.EndMarker || At(";"))
            {
                break;
            }

            targets.Add(ToDelete(ParseTargetAtom()));
        }
        while (Accept(","));

        if (targets.Count == 0)
        {
            throw ErrorAt(Current, "invalid syntax");
        }

        return new DeleteNode(targets.ToImmutable(), SpanFrom(token.Start));
    }

    private Expression ToDelete(Expression target) => target switch
    {
        NameNode name => name with { Ctx = ExprContext.Del },
        AttributeNode attribute => attribute with { Ctx = ExprContext.Del },
        SubscriptNode subscript => subscript with { Ctx = ExprContext.Del },
        TupleNode tuple => tuple with { Elts = [.. tuple.Elts.Select(ToDelete)], Ctx = ExprContext.Del },
        ListNode list => list with { Elts = [.. list.Elts.Select(ToDelete)], Ctx = ExprContext.Del },
        _ => throw ErrorAt(target, $"cannot delete {ExpressionName(target)}"),
    };

    /// <summary>raise [expression ['from' expression]].</summary>
    private RaiseNode ParseRaise()
    {
        var token = Advance();
        if (Current.Kind is TokenKind.Newline or TokenKind.EndMarker || At(";"))
        {
            return new RaiseNode(null, null, SpanFrom(token.Start));
        }

        var exc = ParseExpression();
        var cause = Accept("from") ? ParseExpression() : null;
        return new RaiseNode(exc, cause, SpanFrom(token.Start));
    }

    private AssertNode ParseAssert()
    {
        var token = Advance();
        var test = ParseExpression();
        var message = Accept(",") ? ParseExpression() : null;
        return new AssertNode(test, message, SpanFrom(token.Start));
    }

    /// <summary>"print x" / "exec x": CPython's invalid_legacy_expression message.</summary>
    private PythonSyntaxException? LegacyPrint(Statement statement) =>
        statement is ExprStatementNode { Value: NameNode { Id: "print" or "exec" } name } && !AtOperator("(") && StartsExpression(Current)
            ? ErrorAt(name, $"Missing parentheses in call to '{name.Id}'. Did you mean {name.Id}(...)?")
            : null;
}
