using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Playbooks.Server.Hosting;

/// <summary>
/// How <c>playbooks serve</c> writes log entries to the console: the time and the message, one line each, with
/// 警告/错误 in front of problems. The default formatter's "info: Category[0]" prefix and multi-line layout are for
/// developers; operators watching the window read these lines.
/// </summary>
internal sealed class ConsoleLines(ServerOptions options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "playbooks";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter) =>
        textWriter.WriteLine(Format(logEntry.LogLevel, logEntry.Formatter(logEntry.State, logEntry.Exception), logEntry.Exception,
            options.Clock.GetLocalNow()));

    /// <summary>One entry as its console line(s): an exception (our bug) adds its details below.</summary>
    public static string Format(LogLevel level, string message, Exception? exception, DateTimeOffset at)
    {
        var prefix = level switch
        {
            >= LogLevel.Error when !message.StartsWith("错误：", StringComparison.Ordinal) => "错误：",
            LogLevel.Warning when !message.StartsWith("警告：", StringComparison.Ordinal) => "警告：",
            _ => "",
        };
        var line = $"{at:HH:mm:ss} {prefix}{message}";
        return exception is null ? line : line + Environment.NewLine + exception;
    }
}
