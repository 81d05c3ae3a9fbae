using RaceLab.Experiment.Results;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Run;

internal static partial class RunReport
{
    private static void RenderCharts(IAnsiConsole console, ExperimentResult result)
    {
        if (result.Strategies.Any(s => s.LostUpdates))
        {
            // The histogram of outcomes: every trial of every strategy that lost, as a bar of lost updates.
            var lost = new BarChart().Label("[bold]Updates lost per trial[/]").Width(72);
            foreach (var strategy in result.Strategies.Where(s => s.LostUpdates))
            {
                for (var i = 0; i < strategy.Trials.Count; i++)
                {
                    lost.AddItem($"{strategy.Name} #{i + 1}", strategy.Trials[i].Lost, Color.Red);
                }
            }

            console.Write(lost);
            console.WriteLine();
        }

        var throughput = new BarChart().Label("[bold]Throughput, million increments per second[/]").Width(72);
        foreach (var strategy in result.Strategies)
        {
            var millions = Math.Round(1e3 / strategy.MedianNsPerIncrement, 1);
            throughput.AddItem(strategy.Name, millions, strategy.LostUpdates ? Color.Red : Color.Green);
        }

        console.Write(throughput);
        console.WriteLine();
    }
}
