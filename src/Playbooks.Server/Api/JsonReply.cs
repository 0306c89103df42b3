using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Playbooks.Core.Json;

namespace Playbooks.Server.Api;

/// <summary>
/// A 200 JSON reply written in one piece: serialised synchronously into a buffer this thread reuses, then copied to the
/// response with its Content-Length, in place of <c>Results.Json</c>'s asynchronous serialiser and chunked body.
/// Same bytes and content type as <c>Results.Json</c> with <see cref="JsonDefaults.Compact"/>.
/// </summary>
internal sealed class JsonReply<T>(T value, JsonTypeInfo<T> type) : IResult
{
    // Per thread, because ExecuteAsync uses them only between awaits: no other request can run on this thread meanwhile.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    /// <summary>A buffer that grew past this (a 100-result reply) is dropped after use rather than kept by the thread.</summary>
    private const int KeptBufferBytes = 256 * 1024;

    public Task ExecuteAsync(HttpContext context)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        // The shared options' encoder and indentation: the generated handler below escapes through this writer.
        var writer = t_writer ??= new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = JsonDefaults.Compact.Encoder,
            Indented = JsonDefaults.Compact.WriteIndented,
            SkipValidation = true,
        });
        try
        {
            writer.Reset(buffer);
            // The generated handler itself when there is one: the serialiser did not choose it on its own with these
            // options (perf showed the converter path, with and without the encoder), and it writes the same bytes
            // (JsonReplyTests compares them with the reflection serialiser's).
            if (type.SerializeHandler is { } generated)
                generated(writer, value);
            else
                JsonSerializer.Serialize(writer, value, type);
            writer.Flush();
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
        }
        finally
        {
            buffer.ResetWrittenCount();
            if (buffer.Capacity > KeptBufferBytes)
                t_buffer = null;
        }
        return context.Response.BodyWriter.FlushAsync().AsTask();
    }
}
