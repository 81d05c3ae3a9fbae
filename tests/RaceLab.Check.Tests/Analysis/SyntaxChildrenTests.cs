using System.Collections;
using System.Reflection;
using RaceLab.Check.Analysis;
using RaceLab.Python.Syntax;

namespace RaceLab.Check.Tests.Analysis;

/// <summary>
/// SyntaxChildren lists each record's children by hand (the AOT build has no reflection over the records);
/// reflection over the properties, as the walker once did, is the reference here.
/// </summary>
public sealed class SyntaxChildrenTests
{
    // Every kind of node the parser builds, at least once.
    private const string EveryNode = """
        import os, sys as system
        from threading import Lock as L, Thread
        count: int = 0
        total = 0
        @staticmethod
        def f(a, /, b: int = 1, *args, c, d=2, **kwargs) -> int:
            global count
            x = 0
            def g():
                nonlocal x
                x += 1
                yield x
                yield from range(3)
            del a
            return (lambda y=1: y)(b)
        class C(object, metaclass=type):
            @property
            def p(self):
                return self.v[1:2:3], self.v[0], {**kwargs, 'a': 1} if False else None
        for i in [1, 2]:
            if not i and i or -i:
                continue
            elif i in {1, 2} and i is not None:
                break
            else:
                pass
        else:
            pass
        while total < 3:
            total = total + 1
        with L() as lock, open('f'):
            assert total, 'message'
        try:
            raise ValueError('x') from None
        except (ValueError, TypeError) as e:
            pass
        else:
            pass
        finally:
            pass
        print(*[1], **{'sep': ' '}, end=f"{total!r:>{4}} and {count}")
        squares = [n * n for n in range(3) if n]
        pairs = {k: v for k, v in {}.items()}
        gen = (n for n in ())
        unique = {n for n in ()}
        """;

    [Fact]
    public void Walk_EveryNodeKind_GivesWhatReflectionOverThePropertiesGives()
    {
        var module = PythonParser.Parse(EveryNode, "every.py");

        var byHand = SyntaxWalker.Descendants(module).ToList();
        var byReflection = ReflectionWalk(module).ToList();

        Assert.Equal(byReflection.Count, byHand.Count);
        Assert.All(byHand.Zip(byReflection), pair => Assert.Same(pair.Second, pair.First));
    }

    [Fact]
    public void EveryNodeKind_IsInTheProgram()
    {
        var seen = SyntaxWalker.Descendants(PythonParser.Parse(EveryNode, "every.py")).Select(n => n.GetType()).ToHashSet();
        var kinds = typeof(Node).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Node)) && !t.IsAbstract && t.IsPublic);

        Assert.Empty(kinds.Where(k => !seen.Contains(k)).Select(k => k.Name));
    }

    private static IEnumerable<Node> ReflectionWalk(Node root)
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

            var found = new List<object>();
            foreach (var property in current.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract" && MayHoldNodes(p.PropertyType)))
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

    private static bool MayHoldNodes(Type type) =>
        IsSyntaxRecord(type) || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)) || type == typeof(object);

    private static bool IsSyntaxRecord(Type type) =>
        type.IsClass && type.Namespace == typeof(Node).Namespace && !type.IsEnum;
}
