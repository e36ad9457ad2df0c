using System;

namespace ContainerGuard.Secrets;

/// <summary>Shannon entropy: a supporting signal for values of unknown format (random keys score high).</summary>
public static class SecretEntropy
{
    /// <summary>Bits per character of <paramref name="value"/>[start, start+length): 0 for one repeated character, about 6 for random base64.</summary>
    public static double BitsPerCharacter(string value, int start, int length)
    {
        if (length <= 0)
        {
            return 0;
        }

        var counts = new int[128];
        int other = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = value[i];
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        double entropy = 0;
        foreach (int count in counts)
        {
            entropy += Term(count, length);
        }

        return entropy + Term(other, length);
    }

    public static double BitsPerCharacter(string value) => BitsPerCharacter(value, 0, value.Length);

    private static double Term(int count, int length)
    {
        if (count == 0)
        {
            return 0;
        }

        double p = (double)count / length;
        return -p * Math.Log(p, 2);
    }
}
