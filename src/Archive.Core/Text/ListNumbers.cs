using System.Globalization;
using System.Text;

namespace Archive.Core.Text;

/// <summary>How a word processor or a browser prints the n-th item of a numbered list: 3, c, iv, C, IV.</summary>
public static class ListNumbers
{
    private static readonly (int Value, string Numeral)[] Numerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Arabic(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Upper-case Roman numerals; the number itself past what they write (zero, negatives, 4,000 and more).</summary>
    public static string Roman(int number)
    {
        if (number is <= 0 or >= 4000)
        {
            return Arabic(number);
        }

        var result = new StringBuilder();
        foreach (var (value, numeral) in Numerals)
        {
            for (; number >= value; number -= value)
            {
                result.Append(numeral);
            }
        }

        return result.ToString();
    }

    /// <summary>Lower-case letters as word processors count past z: a … z, aa … zz, aaa …</summary>
    public static string Letter(int number)
    {
        if (number <= 0)
        {
            return Arabic(number);
        }

        var letter = (char)('a' + ((number - 1) % 26));
        return new string(letter, ((number - 1) / 26) + 1);
    }
}
