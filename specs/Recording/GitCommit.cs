using System.Diagnostics;

namespace Pathway.Specs.Recording;

/// <summary>The commit the specs ran on, marked when the checkout had local changes; null where git is absent.</summary>
public static class GitCommit
{
    public static string? Describe(string repository)
    {
        var head = Git(repository, "rev-parse HEAD");
        if (head is null)
            return null;
        var changes = Git(repository, "status --porcelain --untracked-files=no");
        return string.IsNullOrEmpty(changes) ? head : $"{head} with local changes";
    }

    private static string? Git(string repository, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = repository,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
                return null;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit(5_000);
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
