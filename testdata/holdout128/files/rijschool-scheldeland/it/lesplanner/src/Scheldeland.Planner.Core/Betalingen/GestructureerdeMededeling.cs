using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Scheldeland.Planner.Core.Betalingen;

/// <summary>
/// Gestructureerde mededeling (OGM/VCS) voor Belgische overschrijvingen.
/// Formaat: +++ddd/dddd/ddddd+++ ; de laatste twee cijfers zijn (basis mod 97), 97 als de rest 0 is.
/// </summary>
/// <example>
/// GestructureerdeMededeling.Voor(leerlingId: 381, factuurVolgnr: 1207) => "+++147/9295/29492+++" (voorbeeld)
/// GestructureerdeMededeling.IsGeldig("+++795/7409/00941+++") => true
/// GestructureerdeMededeling.IsGeldig("+++000/0000/00000+++") => false
/// </example>
public static class GestructureerdeMededeling
{
    private const int Modulus = 97;

    public static string Voor(int leerlingId, int factuurVolgnr)
    {
        if (leerlingId is < 0 or > 99_999) throw new ArgumentOutOfRangeException(nameof(leerlingId));
        if (factuurVolgnr is < 0 or > 99_999) throw new ArgumentOutOfRangeException(nameof(factuurVolgnr));

        long basis = leerlingId * 100_000L + factuurVolgnr;
        return Formatteer(basis);
    }

    public static string Formatteer(long basis)
    {
        long rest = basis % Modulus;
        long controle = rest == 0 ? Modulus : rest;
        string s = basis.ToString("D10", CultureInfo.InvariantCulture) + controle.ToString("D2", CultureInfo.InvariantCulture);
        return $"+++{s[..3]}/{s.Substring(3, 4)}/{s.Substring(7, 5)}+++";
    }

    public static bool IsGeldig(string? mededeling)
    {
        if (string.IsNullOrWhiteSpace(mededeling)) return false;
        var cijfers = new StringBuilder(12);
        foreach (char c in mededeling)
        {
            if (char.IsDigit(c)) cijfers.Append(c);
        }
        if (cijfers.Length != 12) return false;
        long basis = long.Parse(cijfers.ToString(0, 10), CultureInfo.InvariantCulture);
        int controle = int.Parse(cijfers.ToString(10, 2), CultureInfo.InvariantCulture);
        if (basis == 0) return false;
        long rest = basis % Modulus;
        return controle == (rest == 0 ? Modulus : rest);
    }

    /// <summary>
    /// Korte, niet-omkeerbare sleutel om betalingen te koppelen zonder de rekening op te slaan.
    /// We bewaren enkel de laatste 4 cijfers van de IBAN ("BE** **** **** 4471").
    /// </summary>
    public static string RekeningSleutel(string iban, ReadOnlySpan<byte> pepper)
    {
        string genormaliseerd = iban.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        using var h = new HMACSHA256(pepper.ToArray());
        byte[] hash = h.ComputeHash(Encoding.ASCII.GetBytes(genormaliseerd));
        return Convert.ToHexString(hash, 0, 12).ToLowerInvariant(); // bv. "51ac5e36e21f418ac8023a73"
    }

    public static string Masker(string iban)
    {
        string g = iban.Replace(" ", string.Empty, StringComparison.Ordinal);
        return g.Length < 4 ? "****" : $"{g[..2]}** **** **** {g[^4..]}";
    }
}
