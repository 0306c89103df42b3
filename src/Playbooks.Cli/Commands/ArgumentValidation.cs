using System.CommandLine;

namespace Playbooks.Cli.Commands;

internal static class ArgumentValidation
{
    /// <summary>
    /// Makes a positional argument refuse values that look like options. System.CommandLine hands an unknown
    /// <c>--jsn</c> to a free positional argument instead of reporting it, so <c>lint --jsn</c> went looking for a
    /// folder named "--jsn"; now it is a usage error (exit 2) that names the option. A lone "-" is let through.
    /// </summary>
    public static Argument<T> RejectingOptions<T>(this Argument<T> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value.StartsWith('-'))
                    result.AddError($"无法识别的选项 '{token.Value}'");
        });
        return argument;
    }
}
