using System.Text;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// repr() of a list, tuple, dict or set holding objects whose class defines <c>__repr__</c> in Python (str() and
/// print() of such a container are its repr too): list_repr and the others call each item's repr in turn, so
/// the Strings task runs those methods one frame at a time, in the order the container's repr meets them, and
/// then writes the container's text around what they returned.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>Past this nesting the VM does not look for Python reprs (a list that holds itself).</summary>
    private const int NestedReprDepth = 32;

    /// <summary>Whether a built-in container's repr reaches an object with a Python __repr__.</summary>
    private static bool NeedsNestedReprs(PyValue value) => IsReprContainer(value) && Members(value).Any(m => HasPythonRepr(m) || NeedsNestedReprs(m, 1));

    private static bool NeedsNestedReprs(PyValue value, int depth) =>
        depth < NestedReprDepth && IsReprContainer(value) && Members(value).Any(m => HasPythonRepr(m) || NeedsNestedReprs(m, depth + 1));

    private static bool HasPythonRepr(PyValue value) => HasPythonClass(value.Ref) && SpecialOf(value, "__repr__") is not null;

    /// <summary>The containers whose repr is written here: built-in ones (or subclasses without a __repr__ of their own).</summary>
    private static bool IsReprContainer(PyValue value) =>
        value.Ref is PyList or PyTuple { Shape: null } or PyDict { IsDefaultDict: false } or PySet or PyDictView && !HasPythonRepr(value);

    /// <summary>What the container's repr shows, in order: items, or each key then its value.</summary>
    private static IEnumerable<PyValue> Members(PyValue value) => value.Ref switch
    {
        PyList l => l.Items,
        PyTuple t => t.Items,
        PyDict d => d.Items.SelectMany(p => new[] { p.Key, p.Value }),
        PySet s => s.Items,
        PyDictView view => view.Items(),
        _ => [],
    };

    /// <summary>The objects whose Python __repr__ the container's repr calls, in call order (an object met twice, twice).</summary>
    private static List<PyValue> NestedReprObjects(PyValue value)
    {
        var found = new List<PyValue>();
        Collect(value, 0);
        return found;

        void Collect(PyValue container, int depth)
        {
            foreach (var member in Members(container))
            {
                if (HasPythonRepr(member))
                {
                    found.Add(member);
                }
                else if (depth + 1 < NestedReprDepth && IsReprContainer(member))
                {
                    Collect(member, depth + 1);
                }
            }
        }
    }

    /// <summary>The container's repr with <paramref name="reprs"/> (what the Python methods returned, in call order) in their places.</summary>
    private static string NestedRepr(PyValue value, List<PyValue> reprs)
    {
        var next = 0;
        var text = new StringBuilder();
        Write(value, 0);
        return text.ToString();

        void Write(PyValue v, int depth)
        {
            if (HasPythonRepr(v))
            {
                text.Append(reprs[next++].String);
                return;
            }

            if (depth >= NestedReprDepth || !IsReprContainer(v))
            {
                text.Append(PyFormat.Repr(v));
                return;
            }

            var members = Members(v).ToList();
            var (open, close) = v.Ref switch
            {
                PyList => ("[", "]"),
                PyTuple => ("(", members.Count == 1 ? ",)" : ")"),
                PySet { Frozen: true } => ("frozenset({", "})"),
                PyDictView view => (view.Type.Name + "([", "])"),
                _ => ("{", "}"),
            };
            if (v.Ref is PySet && members.Count == 0)
            {
                text.Append(v.As<PySet>().Frozen ? "frozenset()" : "set()");
                return;
            }

            text.Append(open);
            for (var i = 0; i < members.Count; i++)
            {
                text.Append(i == 0 ? string.Empty : v.Ref is PyDict && i % 2 == 1 ? ": " : ", ");
                Write(members[i], depth + 1);
            }

            text.Append(close);
        }
    }
}
