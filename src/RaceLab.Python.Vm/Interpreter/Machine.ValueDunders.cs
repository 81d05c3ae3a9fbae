using System.Numerics;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// int's, float's and str's operators and conversions called as methods: <c>super().__add__(other)</c> in a
/// subclass's override, <c>int.__lt__(a, b)</c>. Each acts on the values (a subclass instance's own) and returns
/// NotImplemented where the operand's type is not one it handles, as the slot wrappers do.
/// </summary>
internal sealed partial class Machine
{
    private static PyValue ValueDunder(PyBuiltin method, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var name = method.Name;
        var unary = Array.IndexOf(CompareNames, name) < 0 && Array.IndexOf(BinaryNames, name) < 0 && Array.IndexOf(ReflectedNames, name) < 0;
        var arity = unary ? (name == "__format__" ? 2 : 1) : 2;
        Expect(method, pos, arity, arity, kw);
        var self = BuiltinSubclass.Unwrap(pos[0]);
        if (unary)
        {
            return UnaryValueDunder(name, self, arity == 2 ? pos[1] : default);
        }

        var other = BuiltinSubclass.Unwrap(pos[1]);
        if (Array.IndexOf(CompareNames, name) is var compare and >= 0)
        {
            var comparable = (PyOps.IsNumber(self) && PyOps.IsNumber(other)) || (self.IsString && other.IsString);
            return comparable ? PyValue.FromBool(PyOps.Compare(compare, self, other)) : PyValue.FromObject(PyNotImplemented.Instance);
        }

        var forward = Array.IndexOf(BinaryNames, name);
        var (a, b) = forward >= 0 ? (self, other) : (other, self);
        try
        {
            return PyOps.Binary(forward >= 0 ? forward : Array.IndexOf(ReflectedNames, name), a, b);
        }
        catch (PythonError e) when (ReferenceEquals(e.Exception.Type, Tags.TypeError))
        {
            // The operand is not one this type's slot handles: the other operand's method is tried next.
            return PyValue.FromObject(PyNotImplemented.Instance);
        }
    }

    private static PyValue UnaryValueDunder(string name, PyValue self, PyValue spec) => name switch
    {
        "__neg__" => PyOps.Negate(self),
        "__pos__" => PyOps.Positive(self),
        "__abs__" => self.IsFloat ? PyValue.FromFloat(Math.Abs(self.Float)) : PyValue.FromBig(BigInteger.Abs(self.ToBig())),
        "__int__" or "__index__" => ToInt(self),
        "__float__" => PyValue.FromFloat(PyOps.ToDouble(self)),
        "__bool__" => PyValue.FromBool(PyOps.Truthy(self)),
        "__str__" => PyValue.FromString(PyFormat.Str(self)),
        "__format__" => spec.IsString
            ? PyValue.FromString(PyFormat.Format(self, spec.String))
            : throw PythonError.Of(Tags.TypeError, $"__format__() argument must be str, not {PyOps.TypeOf(spec).Name}"),
        _ => PyValue.FromString(PyFormat.Repr(self)),
    };
}
