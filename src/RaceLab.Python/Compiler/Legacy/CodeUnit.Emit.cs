using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeUnit
{
    public void Emit(LegacyOp op, int arg = 0) => Add(op, arg, null, LineForNext());

    /// <summary>3.10 ADDOP_I_NOLINE: an artificial instruction (3.9 has no such notion).</summary>
    public void EmitNoLine(LegacyOp op, int arg = 0) => Add(op, arg, null, Is39 ? LineForNext() : -1);

    public void EmitJump(LegacyOp op, BasicBlock target) => Add(op, 0, target, LineForNext());

    /// <summary>3.10 ADDOP_JUMP_NOLINE: an artificial jump that takes its line from its neighbours.</summary>
    public void EmitJumpNoLine(LegacyOp op, BasicBlock target) => Add(op, 0, target, Is39 ? LineForNext() : -1);

    public void EmitConst(Constant value) => Emit(LegacyOp.LoadConst, AddConst(value));

    /// <summary>ADDOP_NAME / ADDOP_N: in 3.9's dead code neither the instruction nor its name is added.</summary>
    public void EmitName(LegacyOp op, string name) => EmitIndexed(op, Names, name);

    public void EmitIndexed(LegacyOp op, IndexedSet<string> table, string name)
    {
        if (SuppressEmit == 0)
        {
            Emit(op, table.Add(name));
        }
    }

    /// <summary>compiler_nameop's GLOBAL / NAME path: the name enters co_names even in dead code.</summary>
    public void EmitGlobalName(LegacyOp op, string name) => Emit(op, Names.Add(name));

    public int AddConst(Constant value)
    {
        // 3.9 skips the constant with the instruction inside dead code.
        return SuppressEmit > 0 ? 0 : Constants.Add(value);
    }

    private int LineForNext()
    {
        if (!Is39)
        {
            return Line;
        }

        // 3.9 gives the line only to the first instruction emitted after it changes (compiler_set_lineno).
        if (LineSet)
        {
            return 0;
        }

        if (SuppressEmit == 0)
        {
            LineSet = true;
        }

        return Line;
    }

    private void Add(LegacyOp op, int arg, BasicBlock? target, int line)
    {
        if (SuppressEmit > 0)
        {
            return;
        }

        Current.Instructions.Add(new Instruction(op, arg, target, line));
        if (op == LegacyOp.ReturnValue)
        {
            Current.HasReturn = true;
        }
    }
}
