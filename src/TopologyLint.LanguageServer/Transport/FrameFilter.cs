using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace TopologyLint.LanguageServer.Transport
{
    /// <summary>
    /// Stands between the client's stream and StreamJsonRpc, which ends the connection on a message it cannot
    /// parse. Forwards each well-formed JSON-RPC message unchanged; a bad header or a body that is not a JSON
    /// object with a method or an id is dropped, reported, and reading goes on at the next header.
    /// </summary>
    internal sealed class FrameFilter
    {
        private const string ContentLengthHeader = "Content-Length:";
        private readonly Stream _input;
        private readonly Stream _output;
        private readonly Action<string> _reportProblem;
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;

        public FrameFilter(Stream input, Stream output, Action<string> reportProblem)
        {
            _input = input;
            _output = output;
            _reportProblem = reportProblem;
        }

        /// <summary>The largest message body accepted; larger ones are skipped (the loader's own file limit is 64 MiB).</summary>
        public int MaxContentLength { get; set; } = 256 * 1024 * 1024;

        /// <summary>Copies messages until the input ends, then completes the output.</summary>
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            try
            {
                while (true)
                {
                    int? contentLength = null;
                    bool badHeader = false;
                    string? line;
                    while ((line = await ReadLineAsync(cancellationToken).ConfigureAwait(false)) != null && line.Length > 0)
                    {
                        // After a bad message, the next header may follow the rest of its body on the same line.
                        int headerStart = line.IndexOf(ContentLengthHeader, StringComparison.OrdinalIgnoreCase);
                        if (headerStart > 0)
                        {
                            badHeader = true;
                            line = line.Substring(headerStart);
                        }

                        if (line.StartsWith(ContentLengthHeader, StringComparison.OrdinalIgnoreCase))
                        {
                            string value = line.Substring(ContentLengthHeader.Length).Trim();
                            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int length))
                            {
                                contentLength = length;
                            }
                            else
                            {
                                badHeader = true;
                            }
                        }
                        else if (line.IndexOf(':') < 0)
                        {
                            badHeader = true;
                        }
                    }

                    if (line == null)
                    {
                        return;
                    }

                    if (badHeader)
                    {
                        _reportProblem("a message header was malformed; reading went on at the next header");
                    }

                    if (contentLength == null)
                    {
                        _reportProblem("a message had no Content-Length header; skipped");
                        continue;
                    }

                    if (contentLength.Value > MaxContentLength)
                    {
                        _reportProblem($"a message of {contentLength.Value} bytes is larger than the limit of {MaxContentLength}; skipped");
                        if (!await SkipAsync(contentLength.Value, cancellationToken).ConfigureAwait(false))
                        {
                            return;
                        }

                        continue;
                    }

                    byte[]? body = await ReadExactlyAsync(contentLength.Value, cancellationToken).ConfigureAwait(false);
                    if (body == null)
                    {
                        return;
                    }

                    if (!IsJsonRpcMessage(body, out string? problem))
                    {
                        _reportProblem($"a message was dropped: {problem}");
                        continue;
                    }

                    byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
                    await _output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
                    await _output.WriteAsync(body, cancellationToken).ConfigureAwait(false);
                    await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _output.Dispose();
            }
        }

        /// <summary>Whether <paramref name="body"/> is a JSON object with a string <c>method</c> or an <c>id</c>, as StreamJsonRpc expects.</summary>
        internal static bool IsJsonRpcMessage(byte[] body, out string? problem)
        {
            problem = null;
            try
            {
                using JsonDocument document = JsonDocument.Parse(body);
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    problem = "it is not a JSON object";
                    return false;
                }

                bool hasMethod = root.TryGetProperty("method", out JsonElement method) && method.ValueKind == JsonValueKind.String;
                bool hasId = root.TryGetProperty("id", out JsonElement id) && (id.ValueKind == JsonValueKind.Number || id.ValueKind == JsonValueKind.String);
                if (!hasMethod && !hasId)
                {
                    problem = "it has neither a method nor an id";
                    return false;
                }

                if (root.TryGetProperty("params", out JsonElement parameters) && parameters.ValueKind != JsonValueKind.Object && parameters.ValueKind != JsonValueKind.Array)
                {
                    problem = "its params are neither an object nor an array";
                    return false;
                }

                return true;
            }
            catch (JsonException ex)
            {
                problem = "it is not valid JSON (" + ex.Message + ")";
                return false;
            }
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                return true; // Full: a header line this long is read in pieces.
            }

            int read = await _input.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            _end += read;
            return read > 0;
        }

        /// <summary>The next line without its line break (CRLF or LF), or null at the end of input.</summary>
        private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var line = new StringBuilder();
            while (true)
            {
                int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                if (newline >= 0)
                {
                    line.Append(Encoding.ASCII.GetString(_buffer, _start, newline - _start));
                    _start = newline + 1;
                    return line.ToString().TrimEnd('\r');
                }

                line.Append(Encoding.ASCII.GetString(_buffer, _start, _end - _start));
                _start = _end;
                if (!await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }
            }
        }

        private async Task<byte[]?> ReadExactlyAsync(int length, CancellationToken cancellationToken)
        {
            byte[] body = new byte[length];
            int copied = 0;
            while (copied < length)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                int take = Math.Min(length - copied, _end - _start);
                Buffer.BlockCopy(_buffer, _start, body, copied, take);
                _start += take;
                copied += take;
            }

            return body;
        }

        private async Task<bool> SkipAsync(long length, CancellationToken cancellationToken)
        {
            while (length > 0)
            {
                if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }

                int take = (int)Math.Min(length, _end - _start);
                _start += take;
                length -= take;
            }

            return true;
        }
    }
}
