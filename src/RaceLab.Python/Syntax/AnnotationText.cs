using System.Text;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

/// <summary>
/// Python/ast_unparse.c for the expressions annotations are made of: what <c>from __future__ import
/// annotations</c> stores instead of evaluating an annotation (<c>Dict[str, int]</c> becomes the string
/// <c>'Dict[str, int]'</c>). Anything outside names, attributes, subscripts, tuples, lists, constants, unary and
/// binary operators and calls is refused as outside the subset, so that a string is never made differently.
/// </summary>
public static class AnnotationText
{
    // ast_unparse.c's precedence levels, lowest first (PR_BOR is PR_EXPR).
    private const int Tuple = 0, Test = 1, Not = 4, Bor = 6, Bxor = 7, Band = 8, Shift = 9, Arith = 10, Term = 11, Factor = 12, Power = 13, Atom = 15;

    /// <exception cref="PythonSyntaxException">The annotation holds a construct the unparser does not cover.</exception>
    public static string Of(Expression annotation, string fileName)
    {
        var text = new StringBuilder();
        Append(text, annotation, Test, fileName);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Expression e, int level, string fileName)
    {
        switch (e)
        {
            case NameNode n:
                text.Append(n.Id);
                break;
            case ConstantNode { Value: EllipsisConstant }:
                text.Append("...");
                break;
            case ConstantNode { Value: NoneConstant or BoolConstant or IntConstant or FloatConstant or StringConstant } c:
                text.Append(c.Value.Repr());
                break;
            case AttributeNode a:
                Append(text, a.Value, Atom, fileName);
                // ast_unparse.c: an integer needs a space before the dot ("1 .real").
                text.Append(a.Value is ConstantNode { Value: IntConstant } ? " ." : ".").Append(a.Attr);
                break;
            case SubscriptNode s:
                Append(text, s.Value, Atom, fileName);
                text.Append('[');
                Append(text, s.Slice, s.Slice is TupleNode sliceTuple && sliceTuple.Elts.Any(x => x is StarredNode) ? Tuple + 1 : Tuple, fileName);
                text.Append(']');
                break;
            case SliceNode s:
                AppendOptional(text, s.Lower, fileName);
                text.Append(':');
                AppendOptional(text, s.Upper, fileName);
                if (s.Step is not null)
                {
                    text.Append(':');
                    Append(text, s.Step, Test, fileName);
                }

                break;
            case TupleNode t:
                if (t.Elts.Length == 0)
                {
                    text.Append("()");
                    break;
                }

                text.Append(level > Tuple ? "(" : string.Empty);
                AppendJoined(text, t.Elts, fileName);
                text.Append(t.Elts.Length == 1 ? "," : string.Empty).Append(level > Tuple ? ")" : string.Empty);
                break;
            case ListNode l:
                text.Append('[');
                AppendJoined(text, l.Elts, fileName);
                text.Append(']');
                break;
            case StarredNode s:
                text.Append('*');
                Append(text, s.Value, Bor, fileName);
                break;
            case UnaryOpNode u:
                var (op, precedence) = u.Op switch
                {
                    UnaryOperator.Not => ("not ", Not),
                    UnaryOperator.Invert => ("~", Factor),
                    UnaryOperator.UAdd => ("+", Factor),
                    _ => ("-", Factor),
                };
                text.Append(level > precedence ? "(" : string.Empty).Append(op);
                Append(text, u.Operand, precedence, fileName);
                text.Append(level > precedence ? ")" : string.Empty);
                break;
            case BinOpNode b:
                AppendBinary(text, b, level, fileName);
                break;
            case CallNode c:
                Append(text, c.Func, Atom, fileName);
                text.Append('(');
                AppendJoined(text, c.Args, fileName);
                foreach (var keyword in c.Keywords)
                {
                    text.Append(text[^1] == '(' ? string.Empty : ", ").Append(keyword.Arg is null ? "**" : keyword.Arg + "=");
                    Append(text, keyword.Value, Test, fileName);
                }

                text.Append(')');
                break;
            default:
                throw new PythonSyntaxException(fileName, e.Span.Line, e.Span.Column + 1,
                    "unsupported construct: this annotation under 'from __future__ import annotations'");
        }
    }

    private static void AppendBinary(StringBuilder text, BinOpNode b, int level, string fileName)
    {
        var (op, precedence) = b.Op switch
        {
            BinaryOperator.Add => (" + ", Arith),
            BinaryOperator.Sub => (" - ", Arith),
            BinaryOperator.Mult => (" * ", Term),
            BinaryOperator.MatMult => (" @ ", Term),
            BinaryOperator.Div => (" / ", Term),
            BinaryOperator.Mod => (" % ", Term),
            BinaryOperator.FloorDiv => (" // ", Term),
            BinaryOperator.LShift => (" << ", Shift),
            BinaryOperator.RShift => (" >> ", Shift),
            BinaryOperator.BitOr => (" | ", Bor),
            BinaryOperator.BitXor => (" ^ ", Bxor),
            BinaryOperator.BitAnd => (" & ", Band),
            _ => (" ** ", Power),
        };
        var rightAssociative = b.Op == BinaryOperator.Pow ? 1 : 0;
        text.Append(level > precedence ? "(" : string.Empty);
        Append(text, b.Left, precedence + rightAssociative, fileName);
        text.Append(op);
        Append(text, b.Right, precedence + 1 - rightAssociative, fileName);
        text.Append(level > precedence ? ")" : string.Empty);
    }

    private static void AppendOptional(StringBuilder text, Expression? e, string fileName)
    {
        if (e is not null)
        {
            Append(text, e, Test, fileName);
        }
    }

    private static void AppendJoined(StringBuilder text, IEnumerable<Expression> items, string fileName)
    {
        var first = true;
        foreach (var item in items)
        {
            text.Append(first ? string.Empty : ", ");
            Append(text, item, Test, fileName);
            first = false;
        }
    }
}
