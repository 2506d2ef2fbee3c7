namespace Pathway.Policy.Support;

/// <summary>The one assertion the steps use, so every failure reads as a sentence.</summary>
public static class Expect
{
    public static void That(bool condition, string whyNot)
    {
        if (!condition)
            throw new PolicyNotMetException(whyNot);
    }
}
