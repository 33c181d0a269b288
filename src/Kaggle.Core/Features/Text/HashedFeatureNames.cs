using System.Collections;
using System.Globalization;

namespace Kaggle.Core.Features.Text;

/// <summary>The names <c>hash:0</c> … of a hashing vectorizer's columns, computed on demand rather than stored.</summary>
internal sealed class HashedFeatureNames(int count) : IReadOnlyList<string>
{
    public int Count => count;

    public string this[int index] => (uint)index < (uint)count
        ? "hash:" + index.ToString(CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(index), $"Hashed feature {index} is outside [0, {count}).");

    public IEnumerator<string> GetEnumerator()
    {
        for (var j = 0; j < count; j++) yield return this[j];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
