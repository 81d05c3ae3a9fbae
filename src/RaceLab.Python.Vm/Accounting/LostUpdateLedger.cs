using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Timeline;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Accounting;

/// <summary>
/// Counts lost updates: a store to a global, an attribute or an item that overwrites changes other threads made since this thread
/// loaded it is one event. What it erased is net: the updates the value carried at the store minus those it
/// carried at the load (an update erased twice over counts once; a stale store that puts back updates an
/// earlier one erased counts them back), so over a run the total is exactly what the final value is short.
/// </summary>
internal sealed partial class LostUpdateLedger(IReadOnlyList<string> globalNames, bool tracing, int maxStories)
{
    private readonly List<LostUpdateStory> _stories = [];

    public bool Tracing { get; } = tracing;

    public long Events { get; private set; }

    public long UpdatesLost { get; private set; }

    public IReadOnlyList<LostUpdateStory> Stories => _stories;

    /// <summary>Receives every event's story when a timeline is recorded (then loads are traced too).</summary>
    public TimelineRecorder? Timeline { get; set; }

    public void RecordLoad(SimThread thread, int slot, long now, CompiledCode code, int pc, PyValue value) =>
        thread.LoadedAt[slot] = new LoadRecord(now, code, pc, PyFormat.Repr(value), 0);

    public void RecordLost(SimThread thread, int slot, long storesMeanwhile, long erased, long now, CompiledCode code, int pc, PyValue stored) =>
        RecordLost(thread, globalNames[slot], thread.LoadedAt[slot], storesMeanwhile, erased, now, code, pc, stored);

    /// <summary>A lost update of any shared location: a global, an object's attribute, a container's item.</summary>
    public void RecordLost(SimThread thread, string location, LoadRecord load, long storesMeanwhile, long erased, long now, CompiledCode code, int pc, PyValue stored)
    {
        Events++;
        UpdatesLost += erased;
        var keepStory = Tracing && _stories.Count < maxStories;
        if (!keepStory && Timeline is not { Full: false })
        {
            // Telling a story formats values: a free-threaded run has millions of events, the timeline keeps a thousand.
            Timeline?.CountNotKept();
            return;
        }

        var story = Story(thread, location, load, storesMeanwhile, erased, now, code, pc, stored);
        if (keepStory)
        {
            _stories.Add(story);
        }

        Timeline?.LostUpdate(thread, story);
    }

    public static string Describe(CompiledCode code, int pc) =>
        $"{code.OpName(pc)} at offset {code.Offsets[pc]} in {code.Name}";

    private static double Seconds(long ps) => ps / 1e12;
}
