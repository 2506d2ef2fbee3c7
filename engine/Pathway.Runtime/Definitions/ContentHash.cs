using System.Security.Cryptography;
using System.Text;

namespace Pathway.Runtime.Definitions;

/// <summary>A definition's fingerprint, so saving an unchanged draft makes no new version.</summary>
public static class ContentHash
{
    public static string Of(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
