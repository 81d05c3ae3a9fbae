using System.Collections.Immutable;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class Py39Peephole
{
    /// <summary>Maps original offsets to post-NOP-removal ones and rewrites co_lnotab's byte deltas.</summary>
    private ImmutableArray<byte> RemapLnotab()
    {
        var nops = 0;
        for (var i = 0; i < _length; i++)
        {
            _blocks[i] = i - nops;
            if (_ops[i] == _nop)
            {
                nops++;
            }
        }

        var table = _lnotab.ToArray();
        var original = 0;
        var last = 0;
        for (var i = 0; i < table.Length; i += 2)
        {
            original += table[i];
            var index = original / 2;
            var updated = (index < _length ? _blocks[index] : _length - nops) * 2;
            table[i] = (byte)(updated - last);
            last = updated;
        }

        return [.. table];
    }

    /// <summary>Squeezes out NOPs and retargets jumps; null when an argument no longer fits (bail out).</summary>
    private ImmutableArray<byte>? RemoveNops()
    {
        var ops = new byte[_length];
        var args = new byte[_length];
        var h = 0;
        for (int i = 0, opStart = 0; i < _length; i++, opStart = i)
        {
            var j = (int)_args[i];
            while (_ops[i] == _extendedArg)
            {
                i++;
                j = (j << 8) | _args[i];
            }

            var opcode = _ops[i];
            if (opcode == _nop)
            {
                continue;
            }

            if (IsAbsoluteJump(opcode))
            {
                j = _blocks[j / 2] * 2;
            }
            else if (IsRelativeJumpOp(opcode))
            {
                j = (_blocks[(j / 2) + i + 1] - _blocks[i] - 1) * 2;
            }

            var size = i - opStart + 1;
            if (WordCode.Size(j) > size || size > 4)
            {
                return null;
            }

            // A shorter argument keeps its EXTENDED_ARG 0 prefixes.
            WordCode.Write(ops, args, h, _extendedArg, opcode, j, size);
            h += size;
        }

        return [.. WordCode.Interleave(ops, args, h)];
    }
}
