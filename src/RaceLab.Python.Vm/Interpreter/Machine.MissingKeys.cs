using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// dict.__getitem__ called by name (<c>super().__getitem__(k)</c> in a subclass's own <c>__getitem__</c>,
/// <c>dict.__getitem__(d, k)</c>) is dict_subscript, which calls the subclass's <c>__missing__</c> for a key
/// that is not there, as d[k] does.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>True when the call was such a lookup of a missing key: __missing__'s frame is pushed.</summary>
    private bool DictGetItemMissing(SimThread thread, Frame caller, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        var (self, key) = callable.Ref switch
        {
            PyBoundMethod { Function.Id: BuiltinId.DunderGetItem } bound when args.Length == 1 => (bound.Self, args[0]),
            PyBuiltin { Id: BuiltinId.DunderGetItem } when args.Length == 2 => (args[0], args[1]),
            _ => (default, default),
        };
        if (kwnames is { Items.Length: > 0 } || self.Ref is not PyDict dict || dict.TryGet(key, out _))
        {
            return false;
        }

        if (SpecialOf(self, "__missing__") is not { } missing)
        {
            return false;
        }

        CallSpecial(thread, caller, missing, [self, key], consume, FrameResult.ReturnValue);
        return true;
    }
}
