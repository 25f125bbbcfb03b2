using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using TopologyLint.Analysis;
using TopologyLint.Engine;
using TopologyLint.Formatting;
using TopologyLint.Loading;
using TopologyLint.Model;
using TopologyLint.Schema;
using TopologyLint.Syntax;
using YamlDotNet.Core;

namespace TopologyLint.Bench
{
    /// <summary>
    /// The stages of one lint, each measured on the same generated file in the same run so that
    /// their ratios to <see cref="ParserOnly"/> (the floor: YamlDotNet reading every event) are
    /// comparable even on a noisy, shared machine. The file comes from <c>generate</c>; its size is
    /// set with the environment variable <c>BENCH_USERS</c> (default 100000).
    /// </summary>
    [MemoryDiagnoser]
    [MedianColumn]
    public class LintStages
    {
        private string _path = string.Empty;
        private byte[] _bytes = Array.Empty<byte>();
        private string _text = string.Empty;
        private LoadedDocument _loaded = null!;
        private Topology _topology = null!;
        private TopologyLinter _linter = null!;

        [Params("yaml", "json")]
        public string Format { get; set; } = "yaml";

        /// <summary>The default limits except the file size: 1M users (124 MB) is over the CLI's 64 MiB, and the engine's scaling is measured past it.</summary>
        public static LoaderLimits Limits { get; } = new LoaderLimits { MaxFileBytes = long.MaxValue };

        public static int Users => int.TryParse(Environment.GetEnvironmentVariable("BENCH_USERS"), out int users) ? users : 100_000;

        [GlobalSetup]
        public void Setup()
        {
            _path = DataFiles.Ensure(Users, Format == "json");
            _bytes = File.ReadAllBytes(_path);
            _text = File.ReadAllText(_path);
            _loaded = DocumentLoader.Load(_path, _bytes, Limits, new DiagnosticSink(Configuration.DefaultConfiguration.Instance));
            _topology = Binder.Bind((MappingNode)_loaded.Root!, Enumerable.Empty<MappingNode>());
            _linter = new TopologyLinter(PhysicalFileSystem.Instance, new LintOptions { MaxDegreeOfParallelism = 1, Limits = Limits });
        }

        /// <summary>(a) The floor: YamlDotNet's bare parser reading every event of the text (also for the JSON file: JSON is YAML), comments skipped as the loader reads them.</summary>
        [Benchmark(Baseline = true)]
        public int ParserOnly() => ReadAllEvents(skipComments: true);

        /// <summary>(a) in YamlDotNet's comment mode, which the loader used until it found comments in the text (the floor until then).
        /// Its result is negative where it rejects the file (a comment after a closing bracket: aaubry/YamlDotNet#1004).</summary>
        public int ParserCommentMode()
        {
            try
            {
                return ReadAllEvents(skipComments: false);
            }
            catch (YamlException)
            {
                return -1;
            }
        }

        private int ReadAllEvents(bool skipComments)
        {
            var parser = new Parser(new Scanner(new StringReader(_text), skipComments));
            int events = 0;
            while (parser.MoveNext())
            {
                events++;
            }

            return events;
        }

        /// <summary>(b) Bytes to node tree (decoding, positions, duplicate keys) and the bound model.</summary>
        [Benchmark]
        public Topology LoadAndBind()
        {
            LoadedDocument loaded = DocumentLoader.Load(_path, _bytes, Limits, new DiagnosticSink(Configuration.DefaultConfiguration.Instance));
            return Binder.Bind((MappingNode)loaded.Root!, Enumerable.Empty<MappingNode>());
        }

        /// <summary>(b) without binding: what the binder costs is the difference.</summary>
        public LoadedDocument LoadOnly() => DocumentLoader.Load(_path, _bytes, Limits, new DiagnosticSink(Configuration.DefaultConfiguration.Instance));

        /// <summary>(c) Schema validation of the loaded tree, with the validator TL0002 uses.</summary>
        [Benchmark]
        public int Schema() => CompiledSchemaValidator.Instance.ValidateDocument(_loaded.Root!).Count;

        /// <summary>(d) Every rule of the catalog (TL0002 included) on the loaded tree and model.</summary>
        [Benchmark]
        public int AllRules() => RunRules(RuleCatalog.Rules);

        /// <summary>Some rules on the loaded tree and model, as the engine runs them.</summary>
        public int RunRules(IEnumerable<TopologyRule> rules)
        {
            var sink = new DiagnosticSink(Configuration.DefaultConfiguration.Instance);
            var documents = new List<LoadedDocument> { _loaded };
            foreach (TopologyRule rule in rules)
            {
                if (rule is DocumentRule analyzing && sink.IsEnabled(_path, rule.Descriptor))
                {
                    analyzing.Analyze(new RuleContext(rule.Descriptor, _topology, documents, sink, Configuration.DefaultConfiguration.Instance));
                }
            }

            return sink.Diagnostics.Count;
        }

        /// <summary>(e) The whole lint from the path, as the CLI runs it, with SARIF output to a null stream.</summary>
        [Benchmark]
        public int WholeLint()
        {
            LintResult result = _linter.Lint(new[] { _path });
            new SarifFormatter().Write(new LintReport(result, Path.GetDirectoryName(_path)!), TextWriter.Null);
            return result.Diagnostics.Length;
        }

        /// <summary>(e) without writing the SARIF report: what the report itself costs.</summary>
        public int LintWithoutReport() => _linter.Lint(new[] { _path }).Diagnostics.Length;
    }
}
