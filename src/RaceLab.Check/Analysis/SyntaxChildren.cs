using System.Collections.Immutable;
using RaceLab.Python.Syntax;

namespace RaceLab.Check.Analysis;

/// <summary>
/// The children of each syntax record, in the order of its properties: nodes, and the records that hold nodes
/// (<see cref="Arguments"/>, <see cref="Comprehension"/>, <see cref="WithItem"/>). A node type the parser gains
/// must be added here; SyntaxChildrenTests compare this list with reflection over every record's properties.
/// </summary>
internal static class SyntaxChildren
{
    public static void Add(object record, List<object> found)
    {
        switch (record)
        {
            case ModuleNode n: All(found, n.Body); break;
            case FunctionDefNode n: One(found, n.Args); All(found, n.Body); All(found, n.Decorators); One(found, n.Returns); break;
            case ClassDefNode n: All(found, n.Bases); All(found, n.Keywords); All(found, n.Body); All(found, n.Decorators); break;
            case Arguments a:
                All(found, a.PosOnlyArgs); All(found, a.Args); One(found, a.VarArg); All(found, a.KwOnlyArgs);
                All(found, a.KwDefaults); One(found, a.KwArg); All(found, a.Defaults);
                break;
            case ArgNode n: One(found, n.Annotation); break;
            case KeywordNode n: One(found, n.Value); break;
            case ReturnNode n: One(found, n.Value); break;
            case DeleteNode n: All(found, n.Targets); break;
            case AssignNode n: All(found, n.Targets); One(found, n.Value); break;
            case AugAssignNode n: One(found, n.Target); One(found, n.Value); break;
            case AnnAssignNode n: One(found, n.Target); One(found, n.Annotation); One(found, n.Value); break;
            case ForNode n: One(found, n.Target); One(found, n.Iter); All(found, n.Body); All(found, n.OrElse); break;
            case WhileNode n: One(found, n.Test); All(found, n.Body); All(found, n.OrElse); break;
            case IfNode n: One(found, n.Test); All(found, n.Body); All(found, n.OrElse); break;
            case WithNode n: All(found, n.Items); All(found, n.Body); break;
            case WithItem w: One(found, w.ContextExpr); One(found, w.OptionalVars); break;
            case RaiseNode n: One(found, n.Exc); One(found, n.Cause); break;
            case TryNode n: All(found, n.Body); All(found, n.Handlers); All(found, n.OrElse); All(found, n.FinalBody); break;
            case ExceptHandlerNode n: One(found, n.Type); All(found, n.Body); break;
            case AssertNode n: One(found, n.Test); One(found, n.Msg); break;
            case ImportNode n: All(found, n.Names); break;
            case ImportFromNode n: All(found, n.Names); break;
            case ExprStatementNode n: One(found, n.Value); break;
            case BoolOpNode n: All(found, n.Values); break;
            case BinOpNode n: One(found, n.Left); One(found, n.Right); break;
            case UnaryOpNode n: One(found, n.Operand); break;
            case LambdaNode n: One(found, n.Args); One(found, n.Body); break;
            case IfExpNode n: One(found, n.Test); One(found, n.Body); One(found, n.OrElse); break;
            case DictNode n: All(found, n.Keys); All(found, n.Values); break;
            case SetNode n: All(found, n.Elts); break;
            case ComprehensionNode n: One(found, n.Elt); One(found, n.Value); All(found, n.Generators); break;
            case Comprehension c: One(found, c.Target); One(found, c.Iter); All(found, c.Ifs); break;
            case YieldNode n: One(found, n.Value); break;
            case YieldFromNode n: One(found, n.Value); break;
            case CompareNode n: One(found, n.Left); All(found, n.Comparators); break;
            case CallNode n: One(found, n.Func); All(found, n.Args); All(found, n.Keywords); break;
            case FormattedValueNode n: One(found, n.Value); One(found, n.FormatSpec); break;
            case JoinedStrNode n: All(found, n.Values); break;
            case AttributeNode n: One(found, n.Value); break;
            case SubscriptNode n: One(found, n.Value); One(found, n.Slice); break;
            case StarredNode n: One(found, n.Value); break;
            case ListNode n: All(found, n.Elts); break;
            case TupleNode n: All(found, n.Elts); break;
            case SliceNode n: One(found, n.Lower); One(found, n.Upper); One(found, n.Step); break;
            case AliasNode or ConstantNode or NameNode or GlobalNode or NonlocalNode or PassNode or BreakNode or ContinueNode:
                break;
            default:
                throw new InvalidOperationException($"racelab check does not know the children of {record.GetType().Name}");
        }
    }

    private static void One(List<object> found, object? child)
    {
        if (child is not null)
        {
            found.Add(child);
        }
    }

    private static void All<T>(List<object> found, ImmutableArray<T> children)
        where T : class?
    {
        if (children.IsDefault)
        {
            return;
        }

        foreach (var child in children)
        {
            One(found, child);
        }
    }
}
