using System.Text.RegularExpressions;
using System.Xml.Linq;
using RaceLab.Report.Pages;
using RaceLab.Report.Svg;

namespace RaceLab.Report.Tests.Pages;

public sealed class HtmlPageTests
{
    [Fact]
    public void Render_DataWithAScriptEndTag_CannotCloseTheDataElement()
    {
        var html = HtmlPage.Render("t", null, [], "</script><script>alert(1)</script>", PageJsonContext.Default.String);

        var data = Regex.Match(html, "<script type=\"application/json\" id=\"racelab-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain("<", data, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", data, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TitleWithMarkup_IsEscaped()
    {
        var html = HtmlPage.Render("a <b> & c", "x < y", [], "", PageJsonContext.Default.String);

        Assert.Contains("<title>a &lt;b&gt; &amp; c</title>", html, StringComparison.Ordinal);
        Assert.Contains("x &lt; y", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ALongSection_IsNotCut()
    {
        var body = new string('x', 3 * 1024 * 1024);

        var html = HtmlPage.Render("t", null, [new PageSection("s", "S", body)], "", PageJsonContext.Default.String);

        Assert.Contains(body, html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_EmptyElements_GetAnEndTagExceptVoidAndSvgOnes()
    {
        var tree = HtmlFragment.El("div",
            HtmlFragment.El("span"),
            HtmlFragment.El("br"),
            SvgBuilder.El("svg", SvgBuilder.El("rect")));

        var html = HtmlFragment.ToHtml(tree);

        Assert.Contains("<span></span>", html, StringComparison.Ordinal);
        Assert.Contains("<br />", html, StringComparison.Ordinal);
        Assert.Contains("<rect />", html, StringComparison.Ordinal);
        Assert.Equal("div", XElement.Parse(html).Name.LocalName);
    }
}
