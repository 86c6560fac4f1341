using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace RuleOfLaw.Gateway.Hardening;

/// <summary>
/// HTTP/1.1 parsed strictly at the front door, so that no proxy in front of the gateway and no service behind it
/// reads the same bytes as another request than the gateway did.
/// <list type="bullet">
/// <item>Bare LF line endings: refused (400) by Kestrel itself, with its <c>DisableHttp1LineFeedTerminators</c> switch,
/// set for every process in the service defaults.</item>
/// <item>A <c>Content-Length</c> that is not plain digits (<c>+2</c>, <c>-0</c>, <c>0x2</c>): Kestrel parses it with a
/// number parser that accepts a sign and keeps only the number, so the raw value never reaches a middleware. A
/// connection filter reads the raw header lines as Kestrel receives them; a <c>Content-Length</c> line whose value is
/// anything but digits marks the connection, and <see cref="StrictRequestMiddleware"/> answers 400 and closes it.
/// The filter sees lines, not messages: a body line that looks like such a header marks the connection too, which
/// refuses that client's request rather than let an ambiguous one through.</item>
/// <item>Request lines and header blocks too long: Kestrel's own limits are raised to twice
/// <see cref="MaxRequestLineBytes"/> and <see cref="MaxRequestHeaderBytes"/>, and the middleware refuses at those
/// sizes with 414 and 431 problem details that carry the security headers.</item>
/// </list>
/// What stays with Kestrel: a request it cannot parse at all (bare LF, a malformed request line or header, a request
/// line or header block past the raised limits) is answered by Kestrel before any middleware runs, with a bare 400,
/// 414 or 431, no body, <c>Connection: close</c> and none of the security headers. Such an answer carries no content
/// a browser could render or frame, so the headers would protect nothing there.
/// </summary>
public static class StrictHttp
{
    /// <summary>The longest request line the gateway reads (Kestrel's default); longer answers 414.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>The largest header block the gateway reads (Kestrel's default); larger answers 431.</summary>
    public const int MaxRequestHeaderBytes = 32 * 1024;

    internal const string InvalidContentLengthKey = "RuleOfLaw.InvalidContentLength";

    /// <summary>Kestrel's limits above the gateway's own, and the raw Content-Length check on every endpoint.</summary>
    public static void UseStrictHttp(this KestrelServerOptions kestrel)
    {
        kestrel.Limits.MaxRequestLineSize = 2 * MaxRequestLineBytes;
        kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxRequestHeaderBytes;
        kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection =>
        {
            var transport = connection.Transport;
            connection.Transport = new DuplexPipe(new ContentLengthInspector(transport.Input, connection.Items), transport.Output);
            return next(connection);
        }));
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }

    /// <summary>Reads along with Kestrel, line by line, and marks the connection at a Content-Length line that is not digits.</summary>
    private sealed class ContentLengthInspector(PipeReader inner, IDictionary<object, object?> items) : PipeReader
    {
        private static ReadOnlySpan<byte> Name => "content-length:"u8;

        private ReadOnlySequence<byte> _last;
        private long _inspected; // bytes of _last already inspected
        private int _matched;    // bytes of Name matched at the start of the current line; -1: not this header
        private ValueState _value = ValueState.None;

        private enum ValueState
        {
            None,
            LeadingSpace,
            Digits,
            TrailingSpace,
            CarriageReturn,
        }

        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            var result = await inner.ReadAsync(cancellationToken);
            Inspect(result.Buffer);
            return result;
        }

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out result))
            {
                return false;
            }

            Inspect(result.Buffer);
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
        {
            _inspected = Math.Max(0, _inspected - _last.Slice(_last.Start, consumed).Length);
            _last = default;
            inner.AdvanceTo(consumed, examined);
        }

        public override void CancelPendingRead() => inner.CancelPendingRead();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        private void Inspect(ReadOnlySequence<byte> buffer)
        {
            _last = buffer;
            if (buffer.Length <= _inspected)
            {
                return;
            }

            foreach (var segment in buffer.Slice(_inspected))
            {
                foreach (var b in segment.Span)
                {
                    Step(b);
                }
            }

            _inspected = buffer.Length;
        }

        private void Step(byte b)
        {
            if (_value != ValueState.None)
            {
                StepValue(b);
                return;
            }

            if (b == (byte)'\n')
            {
                _matched = 0;
                return;
            }

            if (_matched < 0)
            {
                return;
            }

            var lower = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
            if (lower != Name[_matched])
            {
                _matched = -1;
                return;
            }

            if (++_matched == Name.Length)
            {
                _value = ValueState.LeadingSpace;
            }
        }

        private void StepValue(byte b)
        {
            var space = b is (byte)' ' or (byte)'\t';
            var digit = b is >= (byte)'0' and <= (byte)'9';
            switch (_value)
            {
                case ValueState.LeadingSpace when space:
                    return;
                case ValueState.LeadingSpace or ValueState.Digits when digit:
                    _value = ValueState.Digits;
                    return;
                case ValueState.Digits or ValueState.TrailingSpace when space:
                    _value = ValueState.TrailingSpace;
                    return;
                case ValueState.Digits or ValueState.TrailingSpace when b == (byte)'\r':
                    _value = ValueState.CarriageReturn;
                    return;
                case ValueState.CarriageReturn when b == (byte)'\n':
                    _value = ValueState.None;
                    _matched = 0;
                    return;
                default:
                    items[InvalidContentLengthKey] = true;
                    _value = ValueState.None;
                    _matched = b == (byte)'\n' ? 0 : -1;
                    return;
            }
        }
    }
}

/// <summary>Answers what <see cref="StrictHttp"/> refuses, as problem details with the security headers.</summary>
public sealed class StrictRequestMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IConnectionItemsFeature>()?.Items.TryGetValue(StrictHttp.InvalidContentLengthKey, out _) == true)
        {
            // The connection's framing is in doubt: answer this request and close it.
            context.Response.Headers.Connection = "close";
            await problems.RefuseAsync(context, StatusCodes.Status400BadRequest, "Invalid Content-Length", "Content-Length must be digits only.");
            return;
        }

        var request = context.Features.GetRequiredFeature<IHttpRequestFeature>();
        var requestLine = request.Method.Length + 1 + request.RawTarget.Length + 1 + request.Protocol.Length + 2;
        if (requestLine > StrictHttp.MaxRequestLineBytes)
        {
            await problems.RefuseAsync(context, StatusCodes.Status414UriTooLong, "Request line too long", $"A request line may have at most {StrictHttp.MaxRequestLineBytes} bytes.");
            return;
        }

        long headerBytes = 0;
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                headerBytes += name.Length + 2 + (value?.Length ?? 0) + 2;
            }
        }

        if (headerBytes > StrictHttp.MaxRequestHeaderBytes)
        {
            await problems.RefuseAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large", $"The request headers may have at most {StrictHttp.MaxRequestHeaderBytes} bytes.");
            return;
        }

        await next(context);
    }
}
