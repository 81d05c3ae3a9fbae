using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;
using ScopeKind = RaceLab.Python.Syntax.ScopeKind;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    /// <summary>
    /// compiler_class: the body becomes a code object that fills the class namespace and returns the
    /// <c>__class__</c> cell (or None); the class is then <c>__build_class__(func, name, *bases, **keywords)</c>.
    /// </summary>
    private void ClassDef(ClassDefNode node)
    {
        var loc = Loc(node);
        var scope = _scopes[node];
        Decorators(node.Decorators);
        var line = FirstLine(node.Decorators, node.Span.Line);
        var code = CompileChild(scope, node.Name, line, unit => ClassBody(node, unit, new SourceLocation(line, line, 0, 0)));
        if (AtLeast313)
        {
            Emit(Op.LOAD_BUILD_CLASS, loc);
            Emit(Op.PUSH_NULL, loc);
        }
        else
        {
            Emit(Op.PUSH_NULL, loc);
            Emit(Op.LOAD_BUILD_CLASS, loc);
        }

        MakeClosure(code, 0, loc);
        LoadConst(new StringConstant(node.Name), loc);
        CallArguments(node.Bases, node.Keywords, loc, loc, pushed: 2);
        ApplyDecorators(node.Decorators);
        StoreName(node.Name, loc);
    }

    private void ClassBody(ClassDefNode node, CodeUnit unit, SourceLocation header)
    {
        LoadName("__name__", header);
        StoreName("__module__", header);
        LoadConst(new StringConstant(unit.QualifiedName), header);
        StoreName("__qualname__", header);
        if (AtLeast313)
        {
            LoadConst(new IntConstant(unit.FirstLine), header);
            StoreName("__firstlineno__", header);
        }

        Body(node.Body, isModule: true, header);

        // What follows is artificial: no line of its own.
        if (AtLeast313)
        {
            LoadConst(new TupleConstant(Strings(unit.StaticAttributes)), SourceLocation.None);
            StoreName("__static_attributes__", SourceLocation.None);
        }

        if (unit.Scope.NeedsClassClosure)
        {
            Emit(Op.LOAD_CLOSURE, RawDerefIndex("__class__"), SourceLocation.None);
            Emit(Op.COPY, 1, SourceLocation.None);
            StoreName("__classcell__", SourceLocation.None);
        }
        else
        {
            LoadConst(NoneConstant.Instance, SourceLocation.None);
        }

        Emit(Op.RETURN_VALUE, SourceLocation.None);
    }

    /// <summary>
    /// 3.13's compiler_maybe_add_static_attribute_to_class: a store to <c>self.NAME</c> anywhere below a class
    /// records NAME in the nearest enclosing class's <c>__static_attributes__</c>.
    /// </summary>
    private void NoteStaticAttribute(AttributeNode attribute)
    {
        if (!AtLeast313 || attribute.Ctx != ExprContext.Store || attribute.Value is not NameNode { Id: "self" })
        {
            return;
        }

        for (var unit = _unit.Parent; unit is not null; unit = unit.Parent)
        {
            if (unit.Scope.Kind == ScopeKind.Class)
            {
                unit.StaticAttributes.Add(attribute.Attr);
                return;
            }
        }
    }
}
