using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    /// <summary>compiler_body: every annotated module and class body starts by making its __annotations__.</summary>
    private void SetupAnnotations(IEnumerable<Statement> body)
    {
        if (AnnotationSearch.HasAnnotations(body))
        {
            _unit.Emit(LegacyOp.SetupAnnotations);
        }
    }

    /// <summary>
    /// compiler_visit_annotations: pushes a def's annotations and says whether it did (MAKE_FUNCTION's 0x04).
    /// 3.9 evaluates them and builds a dict keyed by a constant tuple of names; 3.10 pushes name, value pairs
    /// as one flat tuple. Either way ordinary parameters come before positional-only ones, as CPython orders them.
    /// </summary>
    private bool Annotations(Arguments args, Expression? returns)
    {
        var annotated = new List<(string Name, Expression Annotation)>();
        foreach (var arg in args.Args.Concat(args.PosOnlyArgs).Append(args.VarArg).Concat(args.KwOnlyArgs).Append(args.KwArg))
        {
            if (arg?.Annotation is { } annotation)
            {
                annotated.Add((arg.Name, annotation));
            }
        }

        if (returns is not null)
        {
            annotated.Add(("return", returns));
        }

        if (annotated.Count == 0)
        {
            return false;
        }

        foreach (var (name, annotation) in annotated)
        {
            if (!Is39)
            {
                _unit.EmitConst(new StringConstant(name));
            }

            AnnotationValue(annotation);
        }

        if (Is39)
        {
            _unit.EmitConst(new TupleConstant([.. annotated.Select(a => (Constant)new StringConstant(a.Name))]));
            _unit.Emit(LegacyOp.BuildConstKeyMap, annotated.Count);
        }
        else
        {
            _unit.Emit(LegacyOp.BuildTuple, annotated.Count * 2);
        }

        return true;
    }

    /// <summary>
    /// compiler_annassign: the assignment first; then a simple name's annotation goes into the module's or
    /// class's __annotations__; a complex target without a value has its object evaluated; and a complex
    /// target's annotation is evaluated (and dropped) in a module or class (3.10 not under the future import,
    /// 3.9 even then). A function never evaluates
    /// the annotations of its body.
    /// </summary>
    private void AnnotatedAssignment(AnnAssignNode node)
    {
        if (node.Value is not null)
        {
            VisitExpression(node.Value);
            VisitExpression(node.Target);
        }

        var evaluates = _unit.Kind is UnitKind.Module or UnitKind.Class;
        switch (node.Target)
        {
            case NameNode name when node.Simple && evaluates:
                AnnotationValue(node.Annotation);
                _unit.EmitGlobalName(LegacyOp.LoadName, "__annotations__");
                _unit.EmitConst(new StringConstant(name.Id));
                _unit.Emit(LegacyOp.StoreSubscr);
                break;
            case AttributeNode attribute when node.Value is null:
                EvaluateAndDrop(attribute.Value);
                break;
            case SubscriptNode subscript when node.Value is null:
                EvaluateAndDrop(subscript.Value);
                EvaluateSubscript(subscript.Slice);
                break;
        }

        if (!node.Simple && evaluates && !(_postponedAnnotations && !Is39))
        {
            EvaluateAndDrop(node.Annotation);
        }
    }

    /// <summary>compiler_visit_annexpr under the future import, the annotation's source text; else the annotation itself.</summary>
    private void AnnotationValue(Expression annotation)
    {
        if (_postponedAnnotations)
        {
            _unit.EmitConst(new StringConstant(AnnotationText.Of(annotation, _fileName)));
        }
        else
        {
            VisitExpression(annotation);
        }
    }

    /// <summary>check_ann_subscr: every part of a subscript is evaluated, so that it is defined at run time.</summary>
    private void EvaluateSubscript(Expression slice)
    {
        switch (slice)
        {
            case SliceNode s:
                foreach (var part in new[] { s.Lower, s.Upper, s.Step })
                {
                    if (part is not null)
                    {
                        EvaluateAndDrop(part);
                    }
                }

                break;
            case TupleNode tuple:
                foreach (var element in tuple.Elts)
                {
                    EvaluateSubscript(element);
                }

                break;
            default:
                EvaluateAndDrop(slice);
                break;
        }
    }

    /// <summary>check_ann_expr: the expression, then POP_TOP.</summary>
    private void EvaluateAndDrop(Expression expression)
    {
        VisitExpression(expression);
        _unit.Emit(LegacyOp.PopTop);
    }
}
