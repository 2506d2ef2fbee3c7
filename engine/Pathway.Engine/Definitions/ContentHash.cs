using System.Security.Cryptography;
using System.Text;

namespace Pathway.Engine.Definitions;

/// <summary>A definition's fingerprint (pathway, rule set or spec), so saving unchanged content makes no new version.</summary>
public static class ContentHash
{
    public static string Of(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
