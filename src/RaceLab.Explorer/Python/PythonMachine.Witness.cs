using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    /// <summary>The instruction as dis names it, with the global, local or constant it names.</summary>
    private string Describe(CompiledCode code, int pc)
    {
        var ins = code.Code[pc];
        var name = code.OpName(pc);
        var argument = ins.Op switch
        {
            Op.LoadGlobal or Op.LoadGlobalNullBefore or Op.LoadGlobalNullAfter or Op.StoreGlobal or Op.LoadName or Op.StoreName
                => _module.GlobalNames[ins.Arg],
            Op.LoadFast or Op.StoreFast when ins.Arg < code.Source.VarNames.Length => code.Source.VarNames[ins.Arg],
            Op.LoadConst when ins.Arg < code.Constants.Length => PyFormat.Repr(code.Constants[ins.Arg]),
            _ => null,
        };
        return argument is null ? name : $"{name} {argument}";
    }

    /// <summary>The shared value the instruction just read or wrote, for the witness table.</summary>
    private string? Access(Machine machine, Frame frame, Instr ins)
    {
        switch (ins.Op)
        {
            case Op.LoadGlobal or Op.LoadGlobalNullBefore or Op.LoadGlobalNullAfter or Op.LoadName:
                {
                    var value = machine.Global(ins.Arg);
                    return !IsData(value) ? null : $"read {_module.GlobalNames[ins.Arg]} = {PyFormat.Repr(value)}";
                }

            case Op.StoreGlobal or Op.StoreName:
                {
                    var value = machine.Global(ins.Arg);
                    return !IsData(value) ? null : $"wrote {_module.GlobalNames[ins.Arg]} = {PyFormat.Repr(value)}";
                }

            default:
                _ = frame;
                return null;
        }
    }
}
