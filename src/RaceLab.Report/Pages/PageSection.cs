namespace RaceLab.Report.Pages;

/// <summary>One section of a page: an anchor, a heading and its body, already built as HTML.</summary>
public sealed record PageSection(string Id, string Heading, string Html);
