using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class ScopeBuilder
{
    private void Visit(Statement statement)
    {
        switch (statement)
        {
            case FunctionDefNode def:
                Bind(def.Name);
                VisitDefaults(def.Args);
                var function = Enter(def, ScopeKind.Function);
                AddParameters(function, def.Args);
                VisitAll(def.Body);
                Leave();
                break;
            case AssignNode assign:
                Visit(assign.Value);
                foreach (var target in assign.Targets)
                {
                    Visit(target);
                }

                break;
            case AugAssignNode aug:
                Visit(aug.Value);
                Visit(aug.Target);
                if (aug.Target is NameNode name)
                {
                    Use(name.Id);
                }

                break;
            case ExprStatementNode expr:
                Visit(expr.Value);
                break;
            case ReturnNode ret when ret.Value is not null:
                Visit(ret.Value);
                break;
            case IfNode node:
                Visit(node.Test);
                VisitAll(node.Body);
                VisitAll(node.OrElse);
                break;
            case WhileNode node:
                Visit(node.Test);
                VisitAll(node.Body);
                break;
            case ForNode node:
                Visit(node.Target);
                Visit(node.Iter);
                VisitAll(node.Body);
                break;
            case WithNode node:
                foreach (var item in node.Items)
                {
                    Visit(item.ContextExpr);
                    if (item.OptionalVars is not null)
                    {
                        Visit(item.OptionalVars);
                    }
                }

                VisitAll(node.Body);
                break;
            case AssertNode node:
                Visit(node.Test);
                if (node.Msg is not null)
                {
                    Visit(node.Msg);
                }

                break;
            case GlobalNode node:
                // symtable_add_def also marks the name DEF_GLOBAL in the module's own table, so the
                // module then uses LOAD_GLOBAL / STORE_GLOBAL for it too.
                _current.DeclaredGlobal.UnionWith(node.Names);
                _root.DeclaredGlobal.UnionWith(node.Names);
                break;
            case NonlocalNode node:
                _current.DeclaredNonlocal.UnionWith(node.Names);
                break;
            case ImportNode node:
                foreach (var alias in node.Names)
                {
                    Bind(alias.AsName ?? alias.Name.Split('.')[0]);
                }

                break;
            case ImportFromNode node:
                foreach (var alias in node.Names)
                {
                    Bind(alias.AsName ?? alias.Name);
                }

                break;
        }
    }

    private void VisitAll(IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            Visit(statement);
        }
    }

    private void VisitDefaults(Arguments args)
    {
        foreach (var value in args.Defaults)
        {
            Visit(value);
        }

        foreach (var value in args.KwDefaults)
        {
            if (value is not null)
            {
                Visit(value);
            }
        }
    }

    private static void AddParameters(Scope scope, Arguments args)
    {
        foreach (var arg in args.Args.Concat(args.KwOnlyArgs))
        {
            scope.Parameters.Add(arg.Name);
        }
    }

    private void Visit(Expression expression)
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
                var scope = Enter(lambda, ScopeKind.Lambda);
                AddParameters(scope, lambda.Args);
                Visit(lambda.Body);
                Leave();
                break;
            case ListCompNode comp:
                VisitComprehension(comp);
                break;
            default:
                foreach (var child in Children(expression))
                {
                    Visit(child);
                }

                break;
        }
    }

    private void VisitComprehension(ListCompNode comp)
    {
        // The outermost iterable is evaluated in the enclosing block and passed in as ".0".
        Visit(comp.Generators[0].Iter);
        var scope = Enter(comp, ScopeKind.Comprehension);
        scope.Parameters.Add(".0");
        for (var g = 0; g < comp.Generators.Length; g++)
        {
            var generator = comp.Generators[g];
            Visit(generator.Target);
            if (g > 0)
            {
                Visit(generator.Iter);
            }

            foreach (var condition in generator.Ifs)
            {
                Visit(condition);
            }
        }

        Visit(comp.Elt);
        Leave();
    }

    private static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        AttributeNode node => [node.Value],
        BinOpNode node => [node.Left, node.Right],
        BoolOpNode node => node.Values,
        CallNode node => node.Args.Prepend(node.Func).Concat(node.Keywords.Select(k => k.Value)),
        CompareNode node => node.Comparators.Prepend(node.Left),
        DictNode node => node.Keys.Concat(node.Values),
        FormattedValueNode node => node.FormatSpec is null ? [node.Value] : [node.Value, node.FormatSpec],
        IfExpNode node => [node.Test, node.Body, node.OrElse],
        JoinedStrNode node => node.Values,
        ListNode node => node.Elts,
        SliceNode node => new[] { node.Lower, node.Upper, node.Step }.OfType<Expression>(),
        SubscriptNode node => [node.Value, node.Slice],
        TupleNode node => node.Elts,
        UnaryOpNode node => [node.Operand],
        _ => [],
    };
}
