namespace RaceLab.Check.Rules;

/// <summary>
/// A rule users select, ignore and suppress by <see cref="Code"/>. Codes are stable: a rule that is retired
/// keeps its code unused. <see cref="Summary"/> is one line; <see cref="Help"/> says why it matters and what to do.
/// </summary>
public sealed record CheckRule(string Code, string Name, string Summary, string Help);
