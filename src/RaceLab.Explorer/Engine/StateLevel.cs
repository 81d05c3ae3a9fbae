using RaceLab.Explorer.Keys;

namespace RaceLab.Explorer.Engine;

/// <summary>
/// The states at one depth of the search with their path counts. Every step goes one level deeper, so the
/// levels are a topological order of the state graph and only two are ever held in memory.
/// </summary>
internal sealed class StateLevel<TState>
    where TState : class
{
    private TState?[] _states = new TState?[1024];

    public KeyTable Keys { get; } = new();

    public PathCounts Counts { get; } = new();

    public int Count => Keys.Count;

    public void Clear()
    {
        Array.Clear(_states, 0, Math.Min(_states.Length, Keys.Count));
        Counts.Reset(Keys.Count);
        Keys.Clear();
    }

    /// <summary>The state object when the machine cannot rebuild states from keys, else null.</summary>
    public TState? State(int index) => index < _states.Length ? _states[index] : null;

    /// <summary>Lets go of an expanded state (its key and count stay): its machine state is garbage now.</summary>
    public void Forget(int index)
    {
        if (index < _states.Length)
        {
            _states[index] = null;
        }
    }

    public int Add(ReadOnlySpan<byte> key, TState? keep, out bool added)
    {
        var index = Keys.FindOrAdd(key, out added);
        if (added && keep is not null)
        {
            if (index >= _states.Length)
            {
                Array.Resize(ref _states, Math.Max(index + 1, _states.Length * 2));
            }

            _states[index] = keep;
        }

        return index;
    }
}
