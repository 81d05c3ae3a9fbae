using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private const int SuperMethodBit = 0x01;
    private const int SuperTwoArgumentsBit = 0x02;

    /// <summary>
    /// 3.12+: <c>super().name</c> and <c>super(C, self).name</c> load the attribute with one LOAD_SUPER_ATTR
    /// instead of calling super (CPython's can_optimize_super_call and load_args_for_super).
    /// </summary>
    private bool TrySuperAttribute(AttributeNode attribute, bool isMethod)
    {
        if (Is311 || !CanOptimizeSuperCall(attribute))
        {
            return false;
        }

        var call = (CallNode)attribute.Value;
        var loc = Loc(attribute);
        LoadName("super", Loc(call.Func));
        if (call.Args.Length == 2)
        {
            Expression(call.Args[0]);
            Expression(call.Args[1]);
        }
        else
        {
            LoadName("__class__", Loc(call));
            LoadName(_unit.VarNames[0], Loc(call));
        }

        var arg = (_unit.AddName(attribute.Attr) << 2) | (isMethod ? SuperMethodBit : 0) | (call.Args.Length == 2 ? SuperTwoArgumentsBit : 0);
        Emit(Op.LOAD_SUPER_ATTR, arg, loc);
        Emit(Op.NOP, AttrLoc(loc, attribute));
        return true;
    }

    private bool CanOptimizeSuperCall(AttributeNode attribute)
    {
        if (attribute.Value is not CallNode { Func: NameNode { Id: "super" } } call || attribute.Attr == "__class__" || call.Keywords.Length != 0)
        {
            return false;
        }

        // Any binding of 'super' visible to the compiler (here or at module level) may shadow the builtin.
        if (_unit.Scope["super"] != NameScope.GlobalImplicit || _moduleScope.Resolved.ContainsKey("super"))
        {
            return false;
        }

        return call.Args.Length switch
        {
            2 => true,
            0 => _unit.ArgCount > 0 && _unit.Scope["__class__"] == NameScope.Free,
            _ => false,
        };
    }
}
