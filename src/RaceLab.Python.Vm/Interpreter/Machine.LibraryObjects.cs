using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>The attributes of the native objects behind functools and collections.</summary>
internal sealed partial class Machine
{
    /// <summary>An attribute of a partial, an lru_cache wrapper, a defaultdict or a named tuple; null when it has none.</summary>
    private static PyValue LibraryObjectAttribute(PyValue owner, string name)
    {
        switch (owner.Ref)
        {
            case PyPartial partial:
                return name switch
                {
                    "func" => partial.Function,
                    "args" => PyValue.FromObject(new PyTuple(partial.Args)),
                    "keywords" => PyValue.FromObject(partial.Keywords),
                    _ => default,
                };
            case PyTextStream stream:
                return name == "name" ? PyValue.FromString(stream.Name) : default;
            case PyStringIO buffer:
                return name == "closed" ? PyValue.FromBool(buffer.Closed) : default;
            case PyLruCache cache:
                return cache.Dict.TryGetValue(name, out var value) ? value : default;
            case PyDict dict:
                return name == "default_factory" ? dict.DefaultFactory : default;
            case PyTuple { Shape: { } shape } tuple:
                var field = Array.IndexOf(shape.Fields, name);
                return field >= 0 ? tuple.Items[field] : default;
            default:
                return default;
        }
    }

    /// <summary>type(name, bases, namespace): a class made without a class statement (collections.namedtuple's way).</summary>
    private static PyValue NewClass(PyValue name, PyValue bases, PyValue ns)
    {
        if (!name.IsString || bases.Ref is not PyTuple baseTuple || ns.Ref is not PyDict namespaceDict)
        {
            throw PythonError.Of(Tags.TypeError, "type.__new__() argument 1 must be str, argument 2 a tuple, argument 3 a dict");
        }

        var types = baseTuple.Items.Select(b => b.Ref switch
        {
            PyClass c => c,
            PyType t when ReferenceEquals(t, Tags.Object) || BuiltinSubclass.IsSubclassable(t) => t,
            _ => throw PythonError.Of(Tags.TypeError, $"a base '{PyOps.TypeOf(b).Name}' in type() is not modelled by the simulator"),
        }).ToArray();
        var dict = new Dictionary<string, PyValue>(StringComparer.Ordinal);
        foreach (var (key, value) in namespaceDict.Items)
        {
            dict[key.IsString ? key.String : throw PythonError.Of(Tags.TypeError, "type() namespace keys must be strings")] = value;
        }

        return PyValue.FromObject(new PyClass(name.String, name.String, types, dict));
    }

    /// <summary>A function's __doc__: its code's first constant when that is a string (CPython 3.9-3.13), else None.</summary>
    private static PyValue DocString(PyFunction function) =>
        function.Code.Source.Constants is [StringConstant { Value: var doc }, ..] ? PyValue.FromString(doc) : PyValue.None;
}
