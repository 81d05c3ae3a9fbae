using Spectre.Console;

namespace RaceLab.Cli.Commands.Tour;

/// <summary>One screen of the tour: a title, a few lines of explanation (markup), and what it shows.</summary>
internal sealed record TourStep(string Title, IReadOnlyList<string> Text, Action<IAnsiConsole> Show);
