using System.Numerics;

namespace IamPortal.Application.Policies.Risk;

/// <summary>A set of catalogued actions as a bit per action id (see <see cref="ActionUniverse"/>): union, difference and counts in a few hundred word operations.</summary>
internal sealed class ActionSet
{
    private readonly ulong[] _bits;

    public ActionSet(int size) => _bits = new ulong[(size + 63) / 64];

    private ActionSet(ulong[] bits) => _bits = bits;

    public void Add(int id) => _bits[id >> 6] |= 1UL << (id & 63);

    public bool Contains(int id) => (_bits[id >> 6] & (1UL << (id & 63))) != 0;

    public int Count
    {
        get
        {
            var count = 0;
            foreach (var word in _bits) count += BitOperations.PopCount(word);
            return count;
        }
    }

    public bool IsEmpty => Array.TrueForAll(_bits, w => w == 0);

    public void UnionWith(ActionSet other)
    {
        for (var i = 0; i < _bits.Length; i++) _bits[i] |= other._bits[i];
    }

    public void ExceptWith(ActionSet other)
    {
        for (var i = 0; i < _bits.Length; i++) _bits[i] &= ~other._bits[i];
    }

    public ActionSet Intersect(ActionSet other)
    {
        var bits = new ulong[_bits.Length];
        for (var i = 0; i < bits.Length; i++) bits[i] = _bits[i] & other._bits[i];
        return new ActionSet(bits);
    }

    /// <summary>Every id of <paramref name="size"/> not in this set.</summary>
    public ActionSet Complement(int size)
    {
        var result = new ActionSet(size);
        for (var i = 0; i < _bits.Length; i++) result._bits[i] = ~_bits[i];
        var spare = _bits.Length * 64 - size;
        if (spare > 0) result._bits[^1] &= ulong.MaxValue >> spare;
        return result;
    }

    public ActionSet Copy() => new((ulong[])_bits.Clone());

    public bool ContainsAll(ActionSet other)
    {
        for (var i = 0; i < _bits.Length; i++)
            if ((other._bits[i] & ~_bits[i]) != 0) return false;
        return true;
    }

    public bool Overlaps(ActionSet other)
    {
        for (var i = 0; i < _bits.Length; i++)
            if ((other._bits[i] & _bits[i]) != 0) return true;
        return false;
    }

    public IEnumerable<int> Ids()
    {
        for (var i = 0; i < _bits.Length; i++)
        {
            var word = _bits[i];
            while (word != 0)
            {
                yield return i * 64 + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
    }
}
