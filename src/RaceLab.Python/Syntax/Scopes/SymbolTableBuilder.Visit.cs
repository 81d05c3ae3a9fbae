namespace RaceLab.Python.Syntax;

internal sealed partial class SymbolTableBuilder
{
    private void Visit(Statement statement)
    {
        switch (statement)
        {
            case FunctionDefNode n:
                AddDef(n.Name, SymbolFlags.DefLocal);
                VisitDefaults(n.Args);
                VisitAnnotations(n.Args, n.Returns);
                VisitAll(n.Decorators);
                InBlock(ScopeKind.Function, n.Name, n, () =>
                {
                    VisitParameters(n.Args);
                    VisitAll(n.Body);
                });
                break;
            case ClassDefNode n:
                AddDef(n.Name, SymbolFlags.DefLocal);
                VisitAll(n.Bases);
                foreach (var keyword in n.Keywords)
                {
                    Visit(keyword.Value);
                }

                VisitAll(n.Decorators);
                InBlock(ScopeKind.Class, n.Name, n, () => VisitAll(n.Body));
                break;
            case ReturnNode n: VisitOptional(n.Value); break;
            case TryNode n:
                // symtable visits the else block before the handlers.
                VisitAll(n.Body);
                VisitAll(n.OrElse);
                foreach (var handler in n.Handlers)
                {
                    VisitOptional(handler.Type);
                    if (handler.Name is { } name)
                    {
                        AddDef(name, SymbolFlags.DefLocal);
                    }

                    VisitAll(handler.Body);
                }

                VisitAll(n.FinalBody);
                break;
            case DeleteNode n: VisitAll(n.Targets); break;
            case RaiseNode n:
                VisitOptional(n.Exc);
                VisitOptional(n.Cause);
                break;
            case AssignNode n:
                VisitAll(n.Targets);
                Visit(n.Value);
                break;
            case AnnAssignNode n: VisitAnnotatedAssignment(n); break;
            case AugAssignNode n:
                Visit(n.Target);
                Visit(n.Value);
                break;
            case ForNode n:
                Visit(n.Target);
                Visit(n.Iter);
                VisitAll(n.Body);
                VisitAll(n.OrElse);
                break;
            case WhileNode n:
                Visit(n.Test);
                VisitAll(n.Body);
                VisitAll(n.OrElse);
                break;
            case IfNode n:
                Visit(n.Test);
                VisitAll(n.Body);
                VisitAll(n.OrElse);
                break;
            case WithNode n:
                foreach (var item in n.Items)
                {
                    Visit(item.ContextExpr);
                    VisitOptional(item.OptionalVars);
                }

                VisitAll(n.Body);
                break;
            case AssertNode n:
                Visit(n.Test);
                VisitOptional(n.Msg);
                break;
            case ImportNode n: VisitAliases(n.Names); break;
            case ImportFromNode n: VisitAliases(n.Names); break;
            case GlobalNode n: Declare(n, n.Names, global: true); break;
            case NonlocalNode n: Declare(n, n.Names, global: false); break;
            case ExprStatementNode n: Visit(n.Value); break;
            case PassNode or BreakNode or ContinueNode: break;
            default: throw new ArgumentException($"unknown statement {statement.GetType().Name}", nameof(statement));
        }
    }

    private void VisitAliases(IEnumerable<AliasNode> aliases)
    {
        foreach (var alias in aliases)
        {
            // "import a.b" binds "a"; "import a.b as c" binds "c".
            var bound = alias.AsName ?? alias.Name.Split('.')[0];
            AddDef(bound, SymbolFlags.DefImport);
        }
    }

    private void VisitDefaults(Arguments arguments)
    {
        VisitAll(arguments.Defaults);
        foreach (var value in arguments.KwDefaults)
        {
            VisitOptional(value);
        }
    }

    /// <summary>
    /// A def's annotations belong to the enclosing block (they are evaluated where the def runs), in
    /// symtable_visit_annotations' order: positional-only, ordinary, *args, **kwargs, keyword-only, return.
    /// </summary>
    private void VisitAnnotations(Arguments arguments, Expression? returns)
    {
        foreach (var arg in arguments.PosOnlyArgs.Concat(arguments.Args))
        {
            VisitOptional(arg.Annotation);
        }

        VisitOptional(arguments.VarArg?.Annotation);
        VisitOptional(arguments.KwArg?.Annotation);
        foreach (var arg in arguments.KwOnlyArgs)
        {
            VisitOptional(arg.Annotation);
        }

        VisitOptional(returns);
    }

    /// <summary>symtable's AnnAssign: a simple name is annotated (and local); a global or nonlocal one is an error.</summary>
    private void VisitAnnotatedAssignment(AnnAssignNode n)
    {
        if (n.Target is NameNode name)
        {
            var current = _current.Flags.GetValueOrDefault(name.Id);
            if ((current & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _current != Module && n.Simple)
            {
                var kind = (current & SymbolFlags.DefGlobal) != 0 ? "global" : "nonlocal";
                throw Error(name, $"annotated name '{name.Id}' can't be {kind}");
            }

            if (n.Simple)
            {
                AddDef(name.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal);
            }
            else if (n.Value is not null)
            {
                AddDef(name.Id, SymbolFlags.DefLocal);
            }
        }
        else
        {
            Visit(n.Target);
        }

        Visit(n.Annotation);
        VisitOptional(n.Value);
    }

    private void VisitParameters(Arguments arguments)
    {
        foreach (var arg in arguments.All())
        {
            AddDef(arg.Name, SymbolFlags.DefParam);
        }
    }

    private void VisitAll<T>(IEnumerable<T> nodes)
        where T : Node
    {
        foreach (var node in nodes)
        {
            if (node is Statement statement)
            {
                Visit(statement);
            }
            else
            {
                Visit((Expression)(Node)node);
            }
        }
    }

    private void VisitOptional(Expression? expression)
    {
        if (expression is not null)
        {
            Visit(expression);
        }
    }

    private void Visit(Expression expression)
    {
        switch (expression)
        {
            case NameNode n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal);
                // Zero-argument super() reads the __class__ cell: any function-like block naming super uses it.
                if (n.Ctx == ExprContext.Load && n.Id == "super" && _current.IsFunctionLike)
                {
                    AddDef("__class__", SymbolFlags.Use);
                }

                break;
            case BoolOpNode n: VisitAll(n.Values); break;
            case BinOpNode n:
                Visit(n.Left);
                Visit(n.Right);
                break;
            case UnaryOpNode n: Visit(n.Operand); break;
            case LambdaNode n:
                VisitDefaults(n.Args);
                InBlock(ScopeKind.Lambda, "lambda", n, () =>
                {
                    VisitParameters(n.Args);
                    Visit(n.Body);
                });
                break;
            case IfExpNode n:
                Visit(n.Test);
                Visit(n.Body);
                Visit(n.OrElse);
                break;
            case DictNode n:
                // symtable visits keys, then values (a ** item has no key).
                VisitAll(n.Keys.OfType<Expression>());
                VisitAll(n.Values);
                break;
            case SetNode n: VisitAll(n.Elts); break;
            case ComprehensionNode n: VisitComprehension(n); break;
            case CompareNode n:
                Visit(n.Left);
                VisitAll(n.Comparators);
                break;
            case CallNode n:
                Visit(n.Func);
                VisitAll(n.Args);
                foreach (var keyword in n.Keywords)
                {
                    Visit(keyword.Value);
                }

                break;
            case FormattedValueNode n:
                Visit(n.Value);
                VisitOptional(n.FormatSpec);
                break;
            case JoinedStrNode n: VisitAll(n.Values); break;
            case ConstantNode: break;
            case AttributeNode n: Visit(n.Value); break;
            case SubscriptNode n:
                Visit(n.Value);
                Visit(n.Slice);
                break;
            case SliceNode n:
                VisitOptional(n.Lower);
                VisitOptional(n.Upper);
                VisitOptional(n.Step);
                break;
            case ListNode n: VisitAll(n.Elts); break;
            case TupleNode n: VisitAll(n.Elts); break;
            case StarredNode n: Visit(n.Value); break;
            case YieldNode n:
                VisitOptional(n.Value);
                MarkGenerator(n);
                break;
            case YieldFromNode n:
                Visit(n.Value);
                MarkGenerator(n);
                break;
            default: throw new ArgumentException($"unknown expression {expression.GetType().Name}", nameof(expression));
        }
    }

    /// <summary>symtable_handle_comprehension: the outermost iterable belongs to the enclosing block.</summary>
    private void VisitComprehension(ComprehensionNode comprehension)
    {
        var outermost = comprehension.Generators[0];
        Visit(outermost.Iter);
        InBlock(ScopeKind.Comprehension, comprehension.BlockName, comprehension, () =>
        {
            _current.IsGenerator = comprehension.Kind == ComprehensionKind.Generator;
            AddDef(".0", SymbolFlags.DefParam);
            Visit(outermost.Target);
            VisitAll(outermost.Ifs);
            foreach (var generator in comprehension.Generators.Skip(1))
            {
                Visit(generator.Target);
                Visit(generator.Iter);
                VisitAll(generator.Ifs);
            }

            // symtable_handle_comprehension visits a dict comprehension's value before its key.
            VisitOptional(comprehension.Value);
            Visit(comprehension.Elt);
        });
    }

    /// <summary>
    /// symtable's Yield cases: the block is a generator (the parser refuses a yield outside a function). A yield in a
    /// comprehension is an error; 3.9 puts it at the comprehension, 3.10+ at the yield.
    /// </summary>
    private void MarkGenerator(Expression yield)
    {
        if (_current.Kind == ScopeKind.Comprehension)
        {
            var comprehension = (ComprehensionNode)_current.Node;
            var what = comprehension.Kind switch
            {
                ComprehensionKind.List => "list comprehension",
                ComprehensionKind.Set => "set comprehension",
                ComprehensionKind.Dict => "dict comprehension",
                _ => "generator expression",
            };
            throw Error(_module.Version <= PythonVersion.Py39 ? comprehension : yield, $"'yield' inside {what}");
        }

        if (_current.IsFunctionLike)
        {
            _current.IsGenerator = true;
        }
    }
}
