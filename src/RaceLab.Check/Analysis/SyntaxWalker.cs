using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using RaceLab.Python.Syntax;

namespace RaceLab.Check.Analysis;

/// <summary>
/// Visits every node of a syntax tree by reflection over the node records' properties, so node types the
/// parser gains later (classes, try, ...) are walked without a change here. Property lists are cached per type.
/// </summary>
internal static class SyntaxWalker
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Children = new();

    public static IEnumerable<Node> Descendants(Node root)
    {
        var stack = new Stack<object>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is Node node)
            {
                yield return node;
            }

            // Push in reverse so children come out in source order.
            var found = new List<object>();
            foreach (var property in Properties(current.GetType()))
            {
                AddChildren(property.GetValue(current), found);
            }

            for (var i = found.Count - 1; i >= 0; i--)
            {
                stack.Push(found[i]);
            }
        }
    }

    private static void AddChildren(object? value, List<object> found)
    {
        switch (value)
        {
            case null or string:
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    AddChildren(item, found);
                }

                return;
            default:
                if (IsSyntaxRecord(value.GetType()))
                {
                    found.Add(value);
                }

                return;
        }
    }

    private static PropertyInfo[] Properties(Type type) => Children.GetOrAdd(type, t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && MayHoldNodes(p.PropertyType))]);

    private static bool MayHoldNodes(Type type) =>
        IsSyntaxRecord(type) || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)) || type == typeof(object);

    private static bool IsSyntaxRecord(Type type) =>
        type.IsClass && type.Namespace == typeof(Node).Namespace && !type.IsEnum;
}
