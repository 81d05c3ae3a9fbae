using System.Xml.Linq;

namespace RaceLab.Report.Svg;

/// <summary>HTML built as an XML tree (escaped by construction) and written so an HTML parser reads it back the same.</summary>
internal static class HtmlFragment
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "br", "hr", "img", "input", "meta", "col", "wbr" };

    public static XElement El(string name, params object?[] content) => new(name, content);

    /// <summary>
    /// XML writes an empty element as &lt;div /&gt;, which HTML reads as an open tag; give every empty non-void
    /// HTML element an explicit end tag. SVG elements (their own namespace) may stay self-closed.
    /// </summary>
    public static string ToHtml(params XElement[] elements)
    {
        var html = new System.Text.StringBuilder();
        foreach (var element in elements)
        {
            foreach (var e in element.DescendantsAndSelf())
            {
                if (e.Name.Namespace == XNamespace.None && !e.Nodes().Any() && !Void.Contains(e.Name.LocalName))
                {
                    e.Value = string.Empty;
                }
            }

            html.Append(element.ToString(SaveOptions.DisableFormatting));
        }

        return html.ToString();
    }
}
