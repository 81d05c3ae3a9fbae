using System.Globalization;
using System.Xml.Linq;

namespace RaceLab.Report.Svg;

/// <summary>
/// Builds SVG with System.Xml.Linq: the BCL's XML tree escapes every text and attribute, so a Python string
/// in a story can never break the markup, and SVG is XML, so the tree is the picture.
/// </summary>
internal static class SvgBuilder
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static XElement El(string name, params object?[] content) => new(Ns + name, content);

    public static XAttribute A(string name, double value) => new(name, Num(value));

    public static XAttribute A(string name, string value) => new(name, value);

    /// <summary>Two decimals at most, invariant: coordinates stay short, so big pictures stay small.</summary>
    public static string Num(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static XElement Title(string text) => El("title", text);

    public static XElement Text(double x, double y, string text, string cssClass, string anchor = "start") =>
        El("text", A("x", x), A("y", y), A("class", cssClass), A("text-anchor", anchor), text);
}
