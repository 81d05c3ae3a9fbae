using System.Runtime.InteropServices;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// Zeroed native memory for a level's tables, aligned to a cache line; a large block (a level of millions
/// of states, hundreds of megabytes) is aligned to 2 MB and, on Linux, marked for transparent huge pages. A
/// big search's cost there is dominated by touching fresh memory: on a virtual machine each 4 KB page costs
/// a fault several microseconds long the first time it is written, and a 2 MB page takes one fault for 512
/// of them (and one TLB entry). The advice is only advice: where huge pages are off or unsupported the
/// memory is ordinary pages. Small blocks skip it: a small search would only zero 2 MB pages it barely uses.
/// </summary>
internal static unsafe partial class LargeBlock
{
    private const nuint HugePage = 2 << 20;
    private const nuint Line = 64;
    private const int AdviseHugePage = 14;

    /// <summary>Allocates at least <paramref name="bytes"/> zeroed bytes; free the block (not the start) with <see cref="Free"/>.</summary>
    public static void* Allocate(nuint bytes, out void* block)
    {
        var huge = bytes >= 8 * HugePage;
        var alignment = huge ? HugePage : Line;

        // calloc maps fresh zero pages for a large size without writing them, so nothing is faulted in yet.
        block = NativeMemory.AllocZeroed(bytes + alignment);
        var start = ((nuint)block + alignment - 1) & ~(alignment - 1);
        if (huge && OperatingSystem.IsLinux())
        {
            _ = Advise((nint)start, (bytes + HugePage - 1) & ~(HugePage - 1), AdviseHugePage);
        }

        return (void*)start;
    }

    public static void Free(void* block) => NativeMemory.Free(block);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Advise(nint address, nuint length, int advice);
}
