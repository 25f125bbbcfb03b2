using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TopologyLint.Formatting
{
    /// <summary>What a SARIF run says about where it came from, and where the formatter's warnings go.</summary>
    public sealed class SarifRunDetails
    {
        /// <summary>The category when none is given: one TopologyLint run per commit.</summary>
        public const string DefaultCategory = "topolint";

        /// <summary>
        /// Tells several TopologyLint runs on one commit apart (GitHub code scanning keeps the alerts of each
        /// category separately): <c>automationDetails.id</c> is <c>CATEGORY/</c>.
        /// </summary>
        public string Category { get; set; } = DefaultCategory;

        /// <summary>The Azure Pipelines build the run is part of, or null outside Azure Pipelines.</summary>
        public AzurePipelineRun? AzurePipeline { get; set; }

        /// <summary>Receives one line when the log would break a consumer's documented limit; null: nowhere.</summary>
        public Action<string>? Warn { get; set; }
    }

    /// <summary>
    /// The pipeline identity that GitHub Advanced Security for Azure DevOps needs in <c>automationDetails</c>
    /// to attach a run to its build, read from the agent's predefined variables.
    /// </summary>
    public sealed class AzurePipelineRun
    {
        public const string IdPrefix = "azuredevops/pipeline/build/";

        private AzurePipelineRun(string organization, string project, int definitionId, string definitionName, Guid phaseId, string phaseName, string branch, string buildId)
        {
            Organization = organization;
            Project = project;
            DefinitionId = definitionId;
            DefinitionName = definitionName;
            PhaseId = phaseId;
            PhaseName = phaseName;
            Branch = branch;
            BuildId = buildId;
        }

        public string Organization { get; }

        public string Project { get; }

        public int DefinitionId { get; }

        public string DefinitionName { get; }

        public Guid PhaseId { get; }

        public string PhaseName { get; }

        public string Branch { get; }

        public string BuildId { get; }

        /// <summary>
        /// <c>azuredevops/pipeline/build/ORG/PROJECT/DEFINITION/PHASE/BRANCH/BUILD</c>; the parts are escaped, so
        /// a branch such as <c>refs/heads/main</c> stays one segment.
        /// </summary>
        public string AutomationId
            => IdPrefix + string.Join("/", new[] { Organization, Project, DefinitionId.ToString(CultureInfo.InvariantCulture), PhaseId.ToString("D"), Branch, BuildId }.Select(Uri.EscapeDataString));

        /// <summary>The <c>automationDetails.properties</c> GHAzDO ingestion reads.</summary>
        public IEnumerable<KeyValuePair<string, string>> Properties => new[]
        {
            new KeyValuePair<string, string>(IdPrefix + "buildDefinitionId", DefinitionId.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, string>(IdPrefix + "buildDefinitionName", DefinitionName),
            new KeyValuePair<string, string>(IdPrefix + "phaseId", PhaseId.ToString("D")),
            new KeyValuePair<string, string>(IdPrefix + "phaseName", PhaseName),
        };

        /// <summary>
        /// The run's identity from the Azure Pipelines agent's variables (<c>TF_BUILD</c>, <c>SYSTEM_COLLECTIONURI</c>,
        /// <c>SYSTEM_TEAMPROJECT</c>, <c>SYSTEM_DEFINITIONID</c>, <c>BUILD_DEFINITIONNAME</c>, <c>SYSTEM_PHASEID</c>,
        /// <c>SYSTEM_PHASENAME</c>, <c>BUILD_SOURCEBRANCH</c>, <c>BUILD_BUILDID</c>); null outside a pipeline or when one is missing.
        /// </summary>
        public static AzurePipelineRun? FromEnvironment(Func<string, string?> variable)
        {
            if (!string.Equals(variable("TF_BUILD"), "True", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string? collection = variable("SYSTEM_COLLECTIONURI");
            string? project = variable("SYSTEM_TEAMPROJECT");
            string? definitionName = variable("BUILD_DEFINITIONNAME");
            string? phaseName = variable("SYSTEM_PHASENAME");
            string? branch = variable("BUILD_SOURCEBRANCH");
            string? buildId = variable("BUILD_BUILDID");
            if (!int.TryParse(variable("SYSTEM_DEFINITIONID"), NumberStyles.None, CultureInfo.InvariantCulture, out int definitionId) || definitionId == 0
                || !Guid.TryParse(variable("SYSTEM_PHASEID"), out Guid phaseId) || phaseId == Guid.Empty
                || !Uri.TryCreate(collection, UriKind.Absolute, out Uri? collectionUri)
                || string.IsNullOrEmpty(project) || string.IsNullOrEmpty(definitionName) || string.IsNullOrEmpty(phaseName)
                || string.IsNullOrEmpty(branch) || string.IsNullOrEmpty(buildId))
            {
                return null;
            }

            return new AzurePipelineRun(OrganizationOf(collectionUri!), project!, definitionId, definitionName!, phaseId, phaseName!, branch!, buildId!);
        }

        /// <summary><c>https://dev.azure.com/ORG/</c> names the organization in its path; <c>https://ORG.visualstudio.com/</c> in its host.</summary>
        private static string OrganizationOf(Uri collection)
        {
            string path = collection.AbsolutePath.Trim('/');
            if (path.Length > 0)
            {
                return Uri.UnescapeDataString(path.Split('/')[0]);
            }

            string host = collection.Host;
            int dot = host.IndexOf('.');
            return dot > 0 ? host.Substring(0, dot) : host;
        }
    }
}
