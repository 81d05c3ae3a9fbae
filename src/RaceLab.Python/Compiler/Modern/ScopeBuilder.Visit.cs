using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class ScopeBuilder
{
    private void VisitStatements(IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            VisitStatement(statement);
        }
    }

    private void VisitStatement(Statement statement)
    {
        switch (statement)
        {
            case FunctionDefNode def:
                Bind(def.Name);
                VisitDefaults(def.Args);
                Enter(ScopeKind.Function, def.Name, def);
                AddParameters(def.Args);
                VisitStatements(def.Body);
                Leave();
                break;
            case ReturnNode r:
                VisitOptional(r.Value);
                break;
            case AssignNode a:
                foreach (var target in a.Targets)
                {
                    VisitExpression(target);
                }

                VisitExpression(a.Value);
                break;
            case AugAssignNode aug:
                VisitExpression(aug.Target);
                VisitExpression(aug.Value);
                break;
            case ForNode f:
                VisitExpression(f.Target);
                VisitExpression(f.Iter);
                VisitStatements(f.Body);
                break;
            case WhileNode w:
                VisitExpression(w.Test);
                VisitStatements(w.Body);
                break;
            case IfNode i:
                VisitExpression(i.Test);
                VisitStatements(i.Body);
                VisitStatements(i.OrElse);
                break;
            case WithNode with:
                foreach (var item in with.Items)
                {
                    VisitExpression(item.ContextExpr);
                    VisitOptional(item.OptionalVars);
                }

                VisitStatements(with.Body);
                break;
            case AssertNode assert:
                VisitExpression(assert.Test);
                VisitOptional(assert.Msg);
                break;
            case ImportNode import:
                foreach (var alias in import.Names)
                {
                    BindImport(alias.AsName ?? alias.Name.Split('.')[0]);
                }

                break;
            case ImportFromNode from:
                foreach (var alias in from.Names)
                {
                    BindImport(alias.AsName ?? alias.Name);
                }

                break;
            case GlobalNode global:
                foreach (var name in global.Names)
                {
                    _current.Globals.Add(name);
                    Root.Globals.Add(name);
                }

                break;
            case NonlocalNode nonlocal:
                foreach (var name in nonlocal.Names)
                {
                    _current.Nonlocals.Add(name);
                }

                break;
            case ExprStatementNode e:
                VisitExpression(e.Value);
                break;
            default:
                break;
        }
    }

    private void BindImport(string name)
    {
        Bind(name);
        if (_current.Kind == ScopeKind.Module)
        {
            _current.Imported.Add(name);
        }
    }

    private void VisitDefaults(Arguments args)
    {
        foreach (var value in args.Defaults)
        {
            VisitExpression(value);
        }

        foreach (var value in args.KwDefaults)
        {
            VisitOptional(value);
        }
    }

    private void AddParameters(Arguments args)
    {
        foreach (var arg in args.Args.Concat(args.KwOnlyArgs))
        {
            _current.Parameters.Add(arg.Name);
        }
    }

    private void VisitOptional(Expression? expression)
    {
        if (expression is not null)
        {
            VisitExpression(expression);
        }
    }

    private void VisitExpression(Expression expression)
    {
        switch (expression)
        {
            case NameNode name:
                if (name.Ctx == ExprContext.Store)
                {
                    Bind(name.Id);
                }
                else
                {
                    Use(name.Id);
                }

                break;
            case LambdaNode lambda:
                VisitDefaults(lambda.Args);
                Enter(ScopeKind.Lambda, "<lambda>", lambda);
                AddParameters(lambda.Args);
                VisitExpression(lambda.Body);
                Leave();
                break;
            case ListCompNode comp:
                VisitComprehension(comp);
                break;
            default:
                foreach (var child in Children(expression))
                {
                    VisitExpression(child);
                }

                break;
        }
    }

    private void VisitComprehension(ListCompNode comp)
    {
        VisitExpression(comp.Generators[0].Iter);
        var outerSeen = new List<string>(_seenOrder);
        _seenOrder.Clear();
        var scope = Enter(ScopeKind.Comprehension, "<listcomp>", comp, inlined: _version >= PythonVersion.Py312);
        scope.Parameters.Add(".0");
        for (var i = 0; i < comp.Generators.Length; i++)
        {
            var generator = comp.Generators[i];
            if (i > 0)
            {
                VisitExpression(generator.Iter);
            }

            VisitExpression(generator.Target);
            foreach (var test in generator.Ifs)
            {
                VisitExpression(test);
            }
        }

        VisitExpression(comp.Elt);

        // symtable's inline_comprehension: an inlined child's new bindings become this scope's too.
        foreach (var child in scope.Children.Where(c => c.Inlined))
        {
            foreach (var name in child.Bound.Where(n => !_seenOrder.Contains(n)))
            {
                _seenOrder.Add(name);
                scope.Bound.Add(name);
            }
        }

        scope.Bound.Sort((a, b) => _seenOrder.IndexOf(a).CompareTo(_seenOrder.IndexOf(b)));
        Leave();
        if (scope.Inlined)
        {
            // 3.12+ inlines the comprehension: what it reads but does not bind belongs to the enclosing scope.
            _current.Used.UnionWith(scope.Used.Where(n => !scope.Binds(n)));
        }

        _seenOrder.Clear();
        _seenOrder.AddRange(outerSeen);
    }

    /// <summary>The direct sub-expressions of an expression, in CPython's visiting order.</summary>
    internal static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        AttributeNode a => [a.Value],
        BinOpNode b => [b.Left, b.Right],
        BoolOpNode b => b.Values,
        CallNode c => [c.Func, .. c.Args, .. c.Keywords.Select(k => k.Value)],
        CompareNode c => [c.Left, .. c.Comparators],
        DictNode d => d.Keys.Zip(d.Values).SelectMany(p => new[] { p.First, p.Second }),
        FormattedValueNode f => f.FormatSpec is null ? [f.Value] : [f.Value, f.FormatSpec],
        IfExpNode i => [i.Test, i.Body, i.OrElse],
        JoinedStrNode j => j.Values,
        ListNode l => l.Elts,
        TupleNode t => t.Elts,
        SliceNode s => new[] { s.Lower, s.Upper, s.Step }.OfType<Expression>(),
        SubscriptNode s => [s.Value, s.Slice],
        UnaryOpNode u => [u.Operand],
        _ => [],
    };
}
