namespace RaceLab.Python.Syntax;

internal sealed partial class LocalsLayout
{
    private void Statements(IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            Statement(statement);
        }
    }

    private void Statement(Statement statement)
    {
        switch (statement)
        {
            case FunctionDefNode n:
                Exprs(n.Decorators);
                Defaults(n.Args);
                Annotations(n);
                Use(n.Name);
                break;
            case ClassDefNode n:
                Exprs(n.Decorators);
                Exprs(n.Bases);
                Exprs(n.Keywords.Select(k => k.Value));
                Use(n.Name);
                break;
            case ReturnNode n: Optional(n.Value); break;
            case TryNode n:
                Statements(n.Body);

                // 3.11+ compile the else block right after the body; 3.9/3.10 after the handlers.
                if (version >= PythonVersion.Py311)
                {
                    Statements(n.OrElse);
                }

                foreach (var handler in n.Handlers)
                {
                    Optional(handler.Type);
                    if (handler.Name is { } name)
                    {
                        Use(name);
                    }

                    Statements(handler.Body);
                }

                if (version < PythonVersion.Py311)
                {
                    Statements(n.OrElse);
                }

                Statements(n.FinalBody);
                break;
            case DeleteNode n: Exprs(n.Targets); break;
            case RaiseNode n:
                Optional(n.Exc);
                Optional(n.Cause);
                break;
            case AssignNode n:
                Expr(n.Value);
                Exprs(n.Targets);
                break;
            case AnnAssignNode n: AnnotatedAssignment(n); break;
            case AugAssignNode n:
                Expr(n.Target);
                Expr(n.Value);
                break;
            case ForNode n:
                Expr(n.Iter);
                Expr(n.Target);
                Statements(n.Body);
                Statements(n.OrElse);
                break;
            case WhileNode n:
                Expr(n.Test);
                if (!(SkipsDeadBranches && ConstantTruth(n.Test) == false))
                {
                    Statements(n.Body);
                }

                Statements(n.OrElse);
                break;
            case IfNode n:
                Expr(n.Test);
                var truth = SkipsDeadBranches ? ConstantTruth(n.Test) : null;
                if (truth != false)
                {
                    Statements(n.Body);
                }

                if (truth != true)
                {
                    Statements(n.OrElse);
                }

                break;
            case WithNode n:
                foreach (var item in n.Items)
                {
                    Expr(item.ContextExpr);
                    Optional(item.OptionalVars);
                }

                Statements(n.Body);
                break;
            case AssertNode n:
                Expr(n.Test);
                Optional(n.Msg);
                break;
            case ImportNode n:
                foreach (var alias in n.Names)
                {
                    Use(alias.AsName ?? alias.Name.Split('.')[0]);
                }

                break;
            case ImportFromNode n:
                foreach (var alias in n.Names)
                {
                    Use(alias.AsName ?? alias.Name);
                }

                break;
            case ExprStatementNode n: Expr(n.Value); break;
        }
    }

    private void Defaults(Arguments arguments)
    {
        Exprs(arguments.Defaults);
        foreach (var value in arguments.KwDefaults)
        {
            Optional(value);
        }
    }

    private void Exprs(IEnumerable<Expression> expressions)
    {
        foreach (var expression in expressions)
        {
            Expr(expression);
        }
    }

    private void Optional(Expression? expression)
    {
        if (expression is not null)
        {
            Expr(expression);
        }
    }

    private void Expr(Expression expression)
    {
        switch (expression)
        {
            case NameNode n: Use(n.Id); break;
            case BoolOpNode n: Exprs(n.Values); break;
            case BinOpNode n:
                Expr(n.Left);
                Expr(n.Right);
                break;
            case UnaryOpNode n: Expr(n.Operand); break;
            case LambdaNode n: Defaults(n.Args); break;
            case IfExpNode n:
                Expr(n.Test);
                Expr(n.Body);
                Expr(n.OrElse);
                break;
            case DictNode n:
                for (var i = 0; i < n.Keys.Length; i++)
                {
                    Optional(n.Keys[i]);
                    Expr(n.Values[i]);
                }

                break;
            case SetNode n: Exprs(n.Elts); break;
            case ComprehensionNode n: Comprehension(n); break;
            case CompareNode n:
                Expr(n.Left);
                Exprs(n.Comparators);
                break;
            case CallNode n:
                Expr(n.Func);
                Exprs(n.Args);
                Exprs(n.Keywords.Select(k => k.Value));
                break;
            case FormattedValueNode n:
                Expr(n.Value);
                Optional(n.FormatSpec);
                break;
            case JoinedStrNode n: Exprs(n.Values); break;
            case AttributeNode n: Expr(n.Value); break;
            case SubscriptNode n:
                Expr(n.Value);
                Expr(n.Slice);
                break;
            case SliceNode n:
                Optional(n.Lower);
                Optional(n.Upper);
                Optional(n.Step);
                break;
            case ListNode n: Exprs(n.Elts); break;
            case StarredNode n: Expr(n.Value); break;
            case YieldNode n: Optional(n.Value); break;
            case YieldFromNode n: Expr(n.Value); break;
            case TupleNode n: Exprs(n.Elts); break;
        }
    }

    /// <summary>
    /// The outermost iterable is compiled in this block. Before 3.12 the rest is another code object; from
    /// 3.12 it is inlined: LOAD_FAST_AND_CLEAR first saves each name the comprehension binds (in its
    /// symbol-table order), then the body is compiled here.
    /// </summary>
    private void Comprehension(ComprehensionNode comprehension)
    {
        Expr(comprehension.Generators[0].Iter);
        var inner = byNode[comprehension];
        if (!inner.IsInlined)
        {
            return;
        }

        foreach (var symbol in inner.Flags)
        {
            if ((symbol.Value & SymbolFlags.DefLocal) != 0 && (symbol.Value & SymbolFlags.DefNonlocal) == 0)
            {
                AddVarName(symbol.Key);
            }
        }

        ComprehensionBody(comprehension);
    }

    private void ComprehensionBody(ComprehensionNode comprehension)
    {
        for (var i = 0; i < comprehension.Generators.Length; i++)
        {
            var generator = comprehension.Generators[i];
            if (i > 0)
            {
                Expr(generator.Iter);
            }

            Expr(generator.Target);
            Exprs(generator.Ifs);
        }

        Expr(comprehension.Elt);
        Optional(comprehension.Value);
    }
}
