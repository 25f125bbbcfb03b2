using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TopologyLint.Loading
{
    /// <summary>
    /// YamlDotNet's parser events, in order. <see cref="Next"/> returns null at the end of the input or
    /// after a parser error other than a <see cref="YamlException"/>, which is then in <see cref="Failure"/>
    /// with the end of the last event produced; a <see cref="YamlException"/> is thrown from <see cref="Next"/>.
    /// Both ways of reading give the same events and the same failure.
    /// </summary>
    internal abstract class YamlEventSource : IDisposable
    {
        /// <summary>A parser error that is not a <see cref="YamlException"/>, or null.</summary>
        public Exception? Failure { get; protected set; }

        /// <summary>Where the last event before <see cref="Failure"/> ended.</summary>
        public Mark LastEnd { get; protected set; } = Mark.Empty;

        public static YamlEventSource Create(TextReader text, bool inBackground)
            => inBackground ? new BackgroundEventSource(text) : new DirectEventSource(text);

        public abstract ParsingEvent? Next();

        public virtual void Dispose()
        {
        }

        protected static IParser CreateParser(TextReader text) => new Parser(new Scanner(text, skipComments: false));

        /// <summary>
        /// Advances the parser. YamlDotNet reports most malformed input as a YamlException, but on some
        /// (an unclosed flow collection, a %TAG that is not a URI, an escaped lone surrogate) it throws
        /// InvalidOperationException, ArgumentException and the like from deep inside the scanner; those
        /// end the events and are kept in <see cref="Failure"/>.
        /// </summary>
        protected ParsingEvent? Advance(IParser parser)
        {
            try
            {
                if (!parser.MoveNext())
                {
                    return null;
                }

                LastEnd = parser.Current!.End;
                return parser.Current;
            }
            catch (Exception ex) when (!(ex is YamlException) && !(ex is OutOfMemoryException))
            {
                Failure = ex;
                return null;
            }
        }

        /// <summary>The parser on the caller's thread: for small documents, where a second thread costs more than it saves.</summary>
        private sealed class DirectEventSource : YamlEventSource
        {
            private readonly IParser _parser;

            public DirectEventSource(TextReader text) => _parser = CreateParser(text);

            public override ParsingEvent? Next() => Advance(_parser);
        }

        /// <summary>
        /// The parser on a thread of its own, handing events over in batches, so that building the tree
        /// overlaps parsing on a second core. The queue is bounded: the parser runs at most
        /// <see cref="QueuedBatches"/> batches ahead, and stops when the reader is disposed early.
        /// </summary>
        private sealed class BackgroundEventSource : YamlEventSource
        {
            private const int BatchSize = 512;
            private const int QueuedBatches = 2;
            private readonly BlockingCollection<ParsingEvent[]> _batches = new BlockingCollection<ParsingEvent[]>(QueuedBatches);
            private readonly CancellationTokenSource _stop = new CancellationTokenSource();
            private readonly Task _parsing;
            private ParsingEvent[] _current = Array.Empty<ParsingEvent>();
            private int _index;
            private ExceptionDispatchInfo? _thrown;

            /// <summary>Starts parsing; from here on <paramref name="text"/> is read by the parsing thread only.</summary>
            public BackgroundEventSource(TextReader text)
            {
                // A dedicated thread rather than the pool's: linting files in parallel already occupies the pool.
                _parsing = Task.Factory.StartNew(() => Produce(text), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }

            public override ParsingEvent? Next()
            {
                while (_index == _current.Length || _current[_index] == null)
                {
                    if (!_batches.TryTake(out ParsingEvent[]? batch, Timeout.Infinite))
                    {
                        // The parser finished: what ended it is the reader's to see now, as it would be reading directly.
                        _thrown?.Throw();
                        return null;
                    }

                    _current = batch;
                    _index = 0;
                }

                return _current[_index++];
            }

            public override void Dispose()
            {
                _stop.Cancel();
                try
                {
                    _parsing.Wait();
                }
                catch (AggregateException)
                {
                    // Only cancellation ends the parsing task with an exception; every parser error is kept for the reader.
                }

                _stop.Dispose();
                _batches.Dispose();
            }

            private void Produce(TextReader text)
            {
                try
                {
                    IParser parser = CreateParser(text);
                    var batch = new ParsingEvent[BatchSize];
                    int count = 0;
                    try
                    {
                        while (Advance(parser) is { } parsingEvent)
                        {
                            batch[count++] = parsingEvent;
                            if (count == BatchSize)
                            {
                                _batches.Add(batch, _stop.Token);
                                batch = new ParsingEvent[BatchSize];
                                count = 0;
                            }
                        }
                    }
                    catch (Exception ex) when (!(ex is OperationCanceledException))
                    {
                        // YamlException (and OutOfMemoryException): thrown to the reader after the events before it.
                        _thrown = ExceptionDispatchInfo.Capture(ex);
                    }

                    if (count > 0)
                    {
                        // A partial batch ends at its first null.
                        _batches.Add(batch, _stop.Token);
                    }
                }
                catch (OperationCanceledException)
                {
                    // The reader stopped early (a limit was reached): nobody wants the rest.
                }
                finally
                {
                    _batches.CompleteAdding();
                }
            }
        }
    }
}
