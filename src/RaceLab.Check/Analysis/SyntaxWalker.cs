using RaceLab.Python.Syntax;

namespace RaceLab.Check.Analysis;

/// <summary>
/// Visits every node of a syntax tree in source order: each record's children (<see cref="SyntaxChildren"/>) in
/// the order its properties are declared. No reflection, so the Native AOT build walks the same nodes.
/// </summary>
internal static class SyntaxWalker
{
    public static IEnumerable<Node> Descendants(Node root)
    {
        var stack = new Stack<object>();
        stack.Push(root);
        var found = new List<object>();
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is Node node)
            {
                yield return node;
            }

            // Push in reverse so children come out in source order.
            found.Clear();
            SyntaxChildren.Add(current, found);
            for (var i = found.Count - 1; i >= 0; i--)
            {
                stack.Push(found[i]);
            }
        }
    }
}
