using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    /// <summary>
    /// compiler_visit_annotations: a def's annotations as one flat tuple of name, value pairs (MAKE_FUNCTION's
    /// 0x04), ordinary parameters before positional-only ones as CPython orders them; false when there are none.
    /// </summary>
    private bool Annotations(Arguments args, Expression? returns, SourceLocation loc)
    {
        var count = 0;
        foreach (var arg in args.Args.Concat(args.PosOnlyArgs).Append(args.VarArg).Concat(args.KwOnlyArgs).Append(args.KwArg))
        {
            if (arg?.Annotation is { } annotation)
            {
                Annotation(arg.Name, annotation, loc);
                count++;
            }
        }

        if (returns is not null)
        {
            Annotation("return", returns, loc);
            count++;
        }

        if (count == 0)
        {
            return false;
        }

        Emit(Op.BUILD_TUPLE, count * 2, loc);
        return true;
    }

    private void Annotation(string name, Expression annotation, SourceLocation loc)
    {
        LoadConst(new StringConstant(name), loc);
        AnnotationValue(annotation, loc);
    }

    /// <summary>
    /// compiler_annassign: the assignment first; then a simple name's annotation goes into the module's or
    /// class's __annotations__; a complex target without a value has its object evaluated; and a complex
    /// target's annotation is evaluated (and dropped) in a module or class. A function never evaluates
    /// the annotations of its body.
    /// </summary>
    private void AnnotatedAssignment(AnnAssignNode node)
    {
        var loc = Loc(node);
        if (node.Value is not null)
        {
            Expression(node.Value);
            Expression(node.Target);
        }

        var evaluates = _unit.Scope.Kind is ScopeKind.Module or ScopeKind.Class;
        switch (node.Target)
        {
            case NameNode name when node.Simple && evaluates:
                AnnotationValue(node.Annotation, loc);
                Emit(Op.LOAD_NAME, _unit.AddName("__annotations__"), loc);
                LoadConst(new StringConstant(name.Id), loc);
                Emit(Op.STORE_SUBSCR, loc);
                break;
            case AttributeNode attribute when node.Value is null:
                EvaluateAndDrop(attribute.Value, loc);
                break;
            case SubscriptNode subscript when node.Value is null:
                EvaluateAndDrop(subscript.Value, loc);
                EvaluateSubscript(subscript.Slice, loc);
                break;
        }

        if (!node.Simple && evaluates && !_postponedAnnotations)
        {
            EvaluateAndDrop(node.Annotation, loc);
        }
    }

    /// <summary>compiler_visit_annexpr under the future import (the annotation's source text, at its location; 3.11 at the statement's); else the annotation itself.</summary>
    private void AnnotationValue(Expression annotation, SourceLocation statement)
    {
        if (_postponedAnnotations)
        {
            LoadConst(new StringConstant(AnnotationText.Of(annotation, _fileName)), Is311 ? statement : Loc(annotation));
        }
        else
        {
            Expression(annotation);
        }
    }

    /// <summary>check_ann_subscr: every part of a subscript is evaluated, so that it is defined at run time.</summary>
    private void EvaluateSubscript(Expression slice, SourceLocation statement)
    {
        switch (slice)
        {
            case SliceNode s:
                foreach (var part in new[] { s.Lower, s.Upper, s.Step })
                {
                    if (part is not null)
                    {
                        EvaluateAndDrop(part, statement);
                    }
                }

                break;
            case TupleNode tuple:
                foreach (var element in tuple.Elts)
                {
                    EvaluateSubscript(element, statement);
                }

                break;
            default:
                EvaluateAndDrop(slice, statement);
                break;
        }
    }

    /// <summary>check_ann_expr: the expression, then POP_TOP (3.11 at the statement's location, 3.12+ at the expression's).</summary>
    private void EvaluateAndDrop(Expression expression, SourceLocation statement)
    {
        Expression(expression);
        Emit(Op.POP_TOP, Is311 ? statement : Loc(expression));
    }
}
