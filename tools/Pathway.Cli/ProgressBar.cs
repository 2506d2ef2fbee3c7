namespace Pathway.Cli;

/// <summary>A one-line console progress bar, redrawn only when the percentage changes.</summary>
public sealed class ProgressBar(TextWriter output, int width = 30)
{
    private int _shown = -1;

    public void Report(double fraction, string detail)
    {
        var percent = (int)Math.Clamp(fraction * 100, 0, 100);
        if (percent == _shown)
            return;
        _shown = percent;
        var filled = percent * width / 100;
        output.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {percent,3}% {detail}   ");
    }

    public void Done(string detail)
    {
        _shown = -1;
        Report(1, detail);
        output.WriteLine();
    }
}
