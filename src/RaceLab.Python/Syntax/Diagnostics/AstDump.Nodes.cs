using System.Globalization;

namespace RaceLab.Python.Syntax;

public static partial class AstDump
{
    private sealed partial class Writer
    {
        public void Write(object node, int i)
        {
            switch (node)
            {
                case ModuleNode n: Emit(i, "Module", null, new Children("body", n.Body)); break;
                case FunctionDefNode n: Emit(i, "FunctionDef", n.Span, new Scalar("name", Repr(n.Name)), new Child("args", n.Args), new Children("body", n.Body), new Children("decorator_list", n.Decorators), new Child("returns", n.Returns)); break;
                case ClassDefNode n: Emit(i, "ClassDef", n.Span, new Scalar("name", Repr(n.Name)), new Children("bases", n.Bases), new Children("keywords", n.Keywords), new Children("body", n.Body), new Children("decorator_list", n.Decorators)); break;
                case TryNode n: Emit(i, "Try", n.Span, new Children("body", n.Body), new Children("handlers", n.Handlers), new Children("orelse", n.OrElse), new Children("finalbody", n.FinalBody)); break;
                case ExceptHandlerNode n: Emit(i, "ExceptHandler", n.Span, new Child("type", n.Type), new Scalar("name", n.Name is null ? "None" : Repr(n.Name)), new Children("body", n.Body)); break;
                case DeleteNode n: Emit(i, "Delete", n.Span, new Children("targets", n.Targets)); break;
                case RaiseNode n: Emit(i, "Raise", n.Span, new Child("exc", n.Exc), new Child("cause", n.Cause)); break;
                case ReturnNode n: Emit(i, "Return", n.Span, new Child("value", n.Value)); break;
                case AssignNode n: Emit(i, "Assign", n.Span, new Children("targets", n.Targets), new Child("value", n.Value)); break;
                case AugAssignNode n: Emit(i, "AugAssign", n.Span, new Child("target", n.Target), new Scalar("op", n.Op.ToString()), new Child("value", n.Value)); break;
                case AnnAssignNode n: Emit(i, "AnnAssign", n.Span, new Child("target", n.Target), new Child("annotation", n.Annotation), new Child("value", n.Value), new Scalar("simple", n.Simple ? "1" : "0")); break;
                case ForNode n: Emit(i, "For", n.Span, new Child("target", n.Target), new Child("iter", n.Iter), new Children("body", n.Body), new Children("orelse", n.OrElse)); break;
                case WhileNode n: Emit(i, "While", n.Span, new Child("test", n.Test), new Children("body", n.Body), new Children("orelse", n.OrElse)); break;
                case IfNode n: Emit(i, "If", n.Span, new Child("test", n.Test), new Children("body", n.Body), new Children("orelse", n.OrElse)); break;
                case WithNode n: Emit(i, "With", n.Span, new Children("items", n.Items), new Children("body", n.Body)); break;
                case AssertNode n: Emit(i, "Assert", n.Span, new Child("test", n.Test), new Child("msg", n.Msg)); break;
                case ImportNode n: Emit(i, "Import", n.Span, new Children("names", n.Names)); break;
                case ImportFromNode n: Emit(i, "ImportFrom", n.Span, new Scalar("module", Repr(n.Module)), new Children("names", n.Names)); break;
                case GlobalNode n: Emit(i, "Global", n.Span, new Children("names", n.Names.Cast<object?>())); break;
                case NonlocalNode n: Emit(i, "Nonlocal", n.Span, new Children("names", n.Names.Cast<object?>())); break;
                case ExprStatementNode n: Emit(i, "Expr", n.Span, new Child("value", n.Value)); break;
                case PassNode n: Emit(i, "Pass", n.Span); break;
                case BreakNode n: Emit(i, "Break", n.Span); break;
                case ContinueNode n: Emit(i, "Continue", n.Span); break;
                default: WriteExpression(node, i); break;
            }
        }

        private void WriteExpression(object node, int i)
        {
            switch (node)
            {
                case BoolOpNode n: Emit(i, "BoolOp", n.Span, new Scalar("op", n.Op.ToString()), new Children("values", n.Values)); break;
                case BinOpNode n: Emit(i, "BinOp", n.Span, new Child("left", n.Left), new Scalar("op", n.Op.ToString()), new Child("right", n.Right)); break;
                case UnaryOpNode n: Emit(i, "UnaryOp", n.Span, new Scalar("op", n.Op.ToString()), new Child("operand", n.Operand)); break;
                case LambdaNode n: Emit(i, "Lambda", n.Span, new Child("args", n.Args), new Child("body", n.Body)); break;
                case IfExpNode n: Emit(i, "IfExp", n.Span, new Child("test", n.Test), new Child("body", n.Body), new Child("orelse", n.OrElse)); break;
                case DictNode n: Emit(i, "Dict", n.Span, new Children("keys", n.Keys), new Children("values", n.Values)); break;
                case ComprehensionNode { Kind: ComprehensionKind.Dict } n:
                    Emit(i, n.AstName, n.Span, new Child("key", n.Elt), new Child("value", n.Value), new Children("generators", n.Generators));
                    break;
                case ComprehensionNode n: Emit(i, n.AstName, n.Span, new Child("elt", n.Elt), new Children("generators", n.Generators)); break;
                case SetNode n: Emit(i, "Set", n.Span, new Children("elts", n.Elts)); break;
                case CompareNode n:
                    Emit(i, "Compare", n.Span, new Child("left", n.Left), new Scalar("ops", "[" + string.Join(", ", n.Ops) + "]"), new Children("comparators", n.Comparators));
                    break;
                case CallNode n: Emit(i, "Call", n.Span, new Child("func", n.Func), new Children("args", n.Args), new Children("keywords", n.Keywords)); break;
                case FormattedValueNode n:
                    Emit(i, "FormattedValue", n.Span, new Child("value", n.Value), new Scalar("conversion", n.Conversion.ToString(CultureInfo.InvariantCulture)), new Child("format_spec", n.FormatSpec));
                    break;
                case JoinedStrNode n: Emit(i, "JoinedStr", n.Span, new Children("values", n.Values)); break;
                case ConstantNode n: Emit(i, "Constant", n.Span, new Scalar("value", n.Value.Repr()), new Scalar("kind", Repr(n.Kind))); break;
                case AttributeNode n: Emit(i, "Attribute", n.Span, new Child("value", n.Value), new Scalar("attr", Repr(n.Attr)), Ctx(n.Ctx)); break;
                case SubscriptNode n: Emit(i, "Subscript", n.Span, new Child("value", n.Value), new Child("slice", n.Slice), Ctx(n.Ctx)); break;
                case SliceNode n: Emit(i, "Slice", n.Span, new Child("lower", n.Lower), new Child("upper", n.Upper), new Child("step", n.Step)); break;
                case NameNode n: Emit(i, "Name", n.Span, new Scalar("id", Repr(n.Id)), Ctx(n.Ctx)); break;
                case ListNode n: Emit(i, "List", n.Span, new Children("elts", n.Elts), Ctx(n.Ctx)); break;
                case TupleNode n: Emit(i, "Tuple", n.Span, new Children("elts", n.Elts), Ctx(n.Ctx)); break;
                case StarredNode n: Emit(i, "Starred", n.Span, new Child("value", n.Value), Ctx(n.Ctx)); break;
                case YieldNode n: Emit(i, "Yield", n.Span, new Child("value", n.Value)); break;
                case YieldFromNode n: Emit(i, "YieldFrom", n.Span, new Child("value", n.Value)); break;
                default: WriteHelper(node, i); break;
            }
        }

        private void WriteHelper(object node, int i)
        {
            switch (node)
            {
                case Arguments n:
                    Emit(
                        i,
                        "arguments",
                        null,
                        new Children("posonlyargs", n.PosOnlyArgs),
                        new Children("args", n.Args),
                        new Child("vararg", n.VarArg),
                        new Children("kwonlyargs", n.KwOnlyArgs),
                        new Children("kw_defaults", n.KwDefaults),
                        new Child("kwarg", n.KwArg),
                        new Children("defaults", n.Defaults));
                    break;
                case ArgNode n: Emit(i, "arg", n.Span, new Scalar("arg", Repr(n.Name)), new Child("annotation", n.Annotation)); break;
                case KeywordNode n: Emit(i, "keyword", n.Span, new Scalar("arg", Repr(n.Arg)), new Child("value", n.Value)); break;
                case AliasNode n:
                    Emit(i, "alias", version == PythonVersion.Py39 ? null : n.Span, new Scalar("name", Repr(n.Name)), new Scalar("asname", Repr(n.AsName)));
                    break;
                case WithItem n: Emit(i, "withitem", null, new Child("context_expr", n.ContextExpr), new Child("optional_vars", n.OptionalVars)); break;
                case Comprehension n: Emit(i, "comprehension", null, new Child("target", n.Target), new Child("iter", n.Iter), new Children("ifs", n.Ifs)); break;
                default: throw new ArgumentException($"not a syntax tree node: {node.GetType().Name}", nameof(node));
            }
        }
    }
}
