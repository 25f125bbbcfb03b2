using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TopologyLint.Syntax;

namespace TopologyLint.Model
{
    /// <summary>How a traced call ends (RULES-v2 "The call path").</summary>
    public enum CallResult
    {
        /// <summary>A route was chosen and its trunks carry the call (step 8).</summary>
        Routed,

        /// <summary>The number is a user's <c>lineUri</c>: the call stays inside Lync (step 5).</summary>
        Internal,

        /// <summary>No carrying route of the caller's usages matches the number (step 7).</summary>
        NoRoute,

        /// <summary>The caller has no voice policy in effect, or names an unknown one (step 6).</summary>
        NoVoicePolicy,

        /// <summary>The caller is not an Enterprise Voice user (step 1).</summary>
        NotEnterpriseVoice,
    }

    /// <summary>One step of a traced call: its name (<c>caller</c>, <c>route</c>, …), what it found, and the object it found it at.</summary>
    public sealed class CallHop
    {
        internal CallHop(string name, string text, DocumentNode? node)
        {
            Name = name;
            Text = text;
            Node = node;
        }

        /// <summary>The hop's name as <c>topolint call</c> prints it, e.g. <c>dial plan</c>.</summary>
        public string Name { get; }

        public string Text { get; }

        /// <summary>The node whose line the hop is at (an object's first key, a usage's name); null for a computed value.</summary>
        public DocumentNode? Node { get; }
    }

    /// <summary>A route that can carry a number: it lists the usage it was found through, matches, and has a resolved trunk.</summary>
    public readonly struct RouteCandidate
    {
        internal RouteCandidate(Route route, PstnUsage usage, ScalarNode? usageNode)
        {
            Route = route;
            Usage = usage;
            UsageNode = usageNode;
        }

        public Route Route { get; }

        /// <summary>The usage of the usage list through which the route was found.</summary>
        public PstnUsage Usage { get; }

        /// <summary>Where that usage is written in the list the call used (a voice policy's, a location policy's).</summary>
        public ScalarNode? UsageNode { get; }
    }

    /// <summary>A trunk of the chosen route and the number it sends (step 8).</summary>
    public sealed class TrunkCall
    {
        internal TrunkCall(Trunk trunk, string numberSent, NumberRule? translationRule)
        {
            Trunk = trunk;
            NumberSent = numberSent;
            TranslationRule = translationRule;
        }

        public Trunk Trunk { get; }

        /// <summary>The normalized number after the trunk's translation rules.</summary>
        public string NumberSent { get; }

        /// <summary>The translation rule that rewrote the number, or null when none applied.</summary>
        public NumberRule? TranslationRule { get; }
    }

    /// <summary>A pattern whose evaluation took longer than <see cref="NumberPattern.MatchTimeout"/>: it counted as no match.</summary>
    public sealed class PatternTimeout
    {
        internal PatternTimeout(ScalarNode pattern, string input)
        {
            Pattern = pattern;
            Input = input;
        }

        public ScalarNode Pattern { get; }

        /// <summary>The string the pattern was evaluated on.</summary>
        public string Input { get; }
    }

    /// <summary>Steps 7 and 8 for one number and usage list: the chosen route, the alternatives, and the trunks with what each sends.</summary>
    public sealed class RouteSelection
    {
        internal RouteSelection(IReadOnlyList<RouteCandidate> candidates, IReadOnlyList<TrunkCall> trunks)
        {
            Candidates = candidates;
            Trunks = trunks;
        }

        /// <summary>Every candidate in the order tried: the chosen route first, then the alternatives.</summary>
        public IReadOnlyList<RouteCandidate> Candidates { get; }

        public RouteCandidate? Chosen => Candidates.Count > 0 ? Candidates[0] : null;

        public IEnumerable<RouteCandidate> Alternatives => Candidates.Skip(1);

        /// <summary>The chosen route's trunks in the route's order; empty when no route was chosen.</summary>
        public IReadOnlyList<TrunkCall> Trunks { get; }
    }

    /// <summary>A call traced through the model: the hops in <c>topolint call</c>'s order and the result.</summary>
    public sealed class CallTrace
    {
        internal CallTrace(User caller, string dialed, string normalized, bool isEmergency, CallResult result, IReadOnlyList<CallHop> hops, RouteSelection? routes, User? internalUser, IReadOnlyList<PatternTimeout> timeouts)
        {
            Caller = caller;
            Dialed = dialed;
            Normalized = normalized;
            IsEmergency = isEmergency;
            Result = result;
            Hops = hops;
            Routes = routes;
            InternalUser = internalUser;
            Timeouts = timeouts;
        }

        public User Caller { get; }

        public string Dialed { get; }

        /// <summary>The normalized number N (after step 4, <c>+</c> and the emergency dial string for an emergency call).</summary>
        public string Normalized { get; }

        public bool IsEmergency { get; }

        public CallResult Result { get; }

        public IReadOnlyList<CallHop> Hops { get; }

        /// <summary>Steps 7 and 8, or null when the call ended before them.</summary>
        public RouteSelection? Routes { get; }

        /// <summary>The user whose <c>lineUri</c> the number is (result <see cref="CallResult.Internal"/>).</summary>
        public User? InternalUser { get; }

        /// <summary>The patterns that timed out on the way (each counted as no match).</summary>
        public IReadOnlyList<PatternTimeout> Timeouts { get; }
    }

    /// <summary>
    /// How Lync Server routes a PSTN call, as RULES-v2 "The call path" models it (steps 1–8). One implementation serves
    /// <c>topolint call</c> (<see cref="Trace"/>), TL3007 (<see cref="SelectRoutes"/>) and TL4103 (<see cref="CarriedUsages"/>).
    /// Patterns that are not valid (TL4100) are skipped; a pattern that times out counts as no match and is recorded.
    /// </summary>
    public static class CallPath
    {
        /// <summary>The characters step 2 removes from a dialed string (the Lync client strips them).</summary>
        private const string CleanedCharacters = " -.()";

        /// <summary>The user whose <c>sip</c> is <paramref name="sip"/> (case-insensitively; a leading <c>sip:</c> ignored), or null.</summary>
        public static User? FindUser(Topology topology, string sip)
        {
            string wanted = StripSipScheme(sip);
            return topology.Users.FirstOrDefault(u => u.Sip?.Value is { } written && string.Equals(StripSipScheme(written), wanted, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>Step 2: spaces, <c>-</c>, <c>.</c>, <c>(</c> and <c>)</c> removed.</summary>
        public static string Clean(string dialed)
        {
            var cleaned = new StringBuilder(dialed.Length);
            foreach (char c in dialed)
            {
                if (CleanedCharacters.IndexOf(c) < 0)
                {
                    cleaned.Append(c);
                }
            }

            return cleaned.ToString();
        }

        /// <summary>
        /// Applies a rule list (RULES-v2 "Numbers and patterns"): the first rule, in order, whose pattern matches rewrites the
        /// number (its first match replaced by the translation); none: unchanged. A rule without a pattern or translation, with
        /// an invalid pattern or with a translation naming an undefined group (TL4100's) is skipped.
        /// </summary>
        public static string ApplyRules(IEnumerable<NumberRule> rules, string number, out NumberRule? applied, ICollection<PatternTimeout>? timeouts = null)
        {
            foreach (NumberRule rule in rules)
            {
                if (rule.ParsedPattern is not { IsValid: true } pattern || rule.Translation?.Value is not { } translation || pattern.FirstUndefinedGroupReference(translation) != null)
                {
                    continue;
                }

                Match? match = pattern.FirstMatch(number, out bool timedOut);
                if (timedOut)
                {
                    timeouts?.Add(new PatternTimeout(rule.Pattern!, number));
                }

                if (match != null)
                {
                    applied = rule;
                    return number.Substring(0, match.Index) + match.Result(translation) + number.Substring(match.Index + match.Length);
                }
            }

            applied = null;
            return number;
        }

        /// <summary>
        /// The usages some carrying route lists: TL4103 (a)'s question whether any number could reach step 8 through a usage.
        /// One pass over the routes.
        /// </summary>
        public static ISet<PstnUsage> CarriedUsages(Topology topology)
        {
            var carried = new HashSet<PstnUsage>();
            foreach (Route route in topology.Routes)
            {
                if (route.IsCarrying)
                {
                    carried.UnionWith(route.PstnUsages.Select(u => u.Target).OfType<PstnUsage>());
                }
            }

            return carried;
        }

        /// <summary>
        /// Steps 7 and 8: for each usage in order, each route in <c>voice.routes</c> order that lists it, matches
        /// <paramref name="number"/> and carries is a candidate; the first is chosen, and each of its trunks (in the route's
        /// order) sends the number after its translation rules.
        /// </summary>
        public static RouteSelection SelectRoutes(Topology topology, IEnumerable<(PstnUsage Usage, ScalarNode? Node)> usages, string number, ICollection<PatternTimeout>? timeouts = null)
        {
            var candidates = new List<RouteCandidate>();
            var matches = new Dictionary<Route, bool>();
            foreach ((PstnUsage usage, ScalarNode? node) in usages)
            {
                foreach (Route route in topology.Routes)
                {
                    if (route.IsCarrying && route.PstnUsages.Any(u => u.Target == usage) && Matches(route, number, matches, timeouts))
                    {
                        candidates.Add(new RouteCandidate(route, usage, node));
                    }
                }
            }

            var trunks = new List<TrunkCall>();
            if (candidates.Count > 0)
            {
                foreach (Trunk trunk in candidates[0].Route.ResolvedTrunks)
                {
                    string sent = ApplyRules(trunk.TranslationRules, number, out NumberRule? applied, timeouts);
                    trunks.Add(new TrunkCall(trunk, sent, applied));
                }
            }

            return new RouteSelection(candidates, trunks);
        }

        /// <summary>Steps 1–8 for <paramref name="caller"/> dialing <paramref name="dialed"/>.</summary>
        public static CallTrace Trace(Topology topology, User caller, string dialed)
        {
            var hops = new List<CallHop>();
            var timeouts = new List<PatternTimeout>();
            Site? home = caller.HomeSite;
            hops.Add(new CallHop("caller", $"{caller} ({(home != null ? "home site " + home.Id?.Value : "no home site")})", caller.Node.ReportNode));
            hops.Add(new CallHop("dialed", dialed, null));
            string cleaned = Clean(dialed);

            // Step 1: a user who is not enabled for Enterprise Voice places no PSTN call; the number is only cleaned.
            if (!caller.EnterpriseVoice.IsTrue)
            {
                return Finish(CallResult.NotEnterpriseVoice, cleaned, false, null, null);
            }

            // Step 3.
            string normalized = cleaned;
            PolicyInEffect<DialPlan> dialPlan = topology.DialPlanInEffect(caller);
            if (dialPlan.Policy is { } plan)
            {
                hops.Add(new CallHop("dial plan", Identity(plan), plan.Node.ReportNode));
                normalized = ApplyRules(plan.NormalizationRules, cleaned, out NumberRule? rule, timeouts);
                if (rule != null)
                {
                    hops.Add(new CallHop("normalization rule", $"{rule} '{rule.Pattern!.Value}' -> '{rule.Translation!.Value}'", rule.Node.ReportNode));
                }
            }
            else
            {
                hops.Add(dialPlan.IsUnknown
                    ? new CallHop("dial plan", $"'{caller.DialPlan.Name}' names no dial plan: the number is not normalized", caller.DialPlan.Node)
                    : new CallHop("dial plan", "none: the number is not normalized", null));
            }

            // Step 4.
            PolicyInEffect<LocationPolicy> locationInEffect = topology.LocationPolicyInEffect(caller);
            if (locationInEffect.Policy is { } location && IsEmergencyNumber(location, normalized, out string? dialString))
            {
                normalized = "+" + dialString;
                hops.Add(new CallHop("normalized", normalized, null));
                hops.Add(new CallHop("location policy", $"{Identity(location)}: emergency dial string {dialString}, usage {location.PstnUsage.Name ?? "(none)"}", location.Node.ReportNode));
                var emergencyUsages = location.PstnUsage.Target is { } emergencyUsage
                    ? new[] { (emergencyUsage, location.PstnUsage.Node) }
                    : Array.Empty<(PstnUsage, ScalarNode?)>();
                return Route(emergencyUsages, new[] { location.PstnUsage.Node }, normalized, true);
            }

            hops.Add(new CallHop("normalized", normalized, null));

            // Step 5.
            if (FindLineUriOwner(topology, normalized) is { } callee)
            {
                hops.Add(new CallHop("internal user", $"{callee} ({callee.LineUri.Text})", callee.Node.ReportNode));
                return Finish(CallResult.Internal, normalized, false, null, callee);
            }

            // Step 6.
            PolicyInEffect<VoicePolicy> voicePolicy = topology.VoicePolicyInEffect(caller);
            if (voicePolicy.Policy is not { } policy)
            {
                if (voicePolicy.IsUnknown)
                {
                    hops.Add(new CallHop("voice policy", $"'{caller.VoicePolicy.Name}' names no voice policy", caller.VoicePolicy.Node));
                }

                return Finish(CallResult.NoVoicePolicy, normalized, false, null, null);
            }

            hops.Add(new CallHop("voice policy", Identity(policy), policy.Node.ReportNode));
            var usages = policy.PstnUsages.Where(u => u.Target != null).Select(u => (u.Target!, u.Node)).ToList();
            return Route(usages, policy.PstnUsages.Select(u => u.Node).ToList(), normalized, false);

            CallTrace Route(IReadOnlyList<(PstnUsage Usage, ScalarNode? Node)> usageList, IReadOnlyList<ScalarNode?> written, string number, bool emergency)
            {
                RouteSelection selection = SelectRoutes(topology, usageList, number, timeouts);
                if (selection.Chosen is not { } chosen)
                {
                    foreach ((PstnUsage usage, ScalarNode? node) in usageList)
                    {
                        hops.Add(UsageHop(usage, node, written));
                    }

                    return Finish(CallResult.NoRoute, number, emergency, selection, null);
                }

                hops.Add(UsageHop(chosen.Usage, chosen.UsageNode, written));
                hops.Add(new CallHop("route", $"{chosen.Route} '{chosen.Route.Pattern!.Value}'", chosen.Route.Node.ReportNode));
                foreach (TrunkCall trunk in selection.Trunks)
                {
                    string translated = trunk.TranslationRule != null ? $" (translation rule {trunk.TranslationRule})" : string.Empty;
                    hops.Add(new CallHop(
                        "trunk",
                        $"{trunk.Trunk}, gateway {trunk.Trunk.Gateway.Target?.ToString() ?? "(none)"}, mediation pool {trunk.Trunk.MediationPool.Target?.Fqdn?.Value ?? "(none)"}, sends {trunk.NumberSent}{translated}",
                        trunk.Trunk.Node.ReportNode));
                }

                foreach (RouteCandidate alternative in selection.Alternatives)
                {
                    hops.Add(new CallHop("alternative route", $"{alternative.Route} (usage {alternative.Usage})", alternative.Route.Node.ReportNode));
                }

                return Finish(CallResult.Routed, number, emergency, selection, null);
            }

            CallTrace Finish(CallResult result, string number, bool emergency, RouteSelection? selection, User? internalUser)
            {
                if (!hops.Any(h => h.Name == "normalized"))
                {
                    hops.Add(new CallHop("normalized", number, null));
                }

                hops.Add(new CallHop("result", ResultName(result), null));
                return new CallTrace(caller, dialed, number, emergency, result, hops, selection, internalUser, timeouts);
            }
        }

        /// <summary>The result as <c>topolint call</c> prints it: <c>routed</c>, <c>no-route</c>, …</summary>
        public static string ResultName(CallResult result) => result switch
        {
            CallResult.Routed => "routed",
            CallResult.Internal => "internal",
            CallResult.NoRoute => "no-route",
            CallResult.NoVoicePolicy => "no-voice-policy",
            _ => "not-enterprise-voice",
        };

        /// <summary>
        /// Step 4's test: the policy has <c>enhancedEmergencyServices: true</c> and <paramref name="number"/>, with one leading
        /// <c>+</c> removed, is its <c>emergencyDialString</c> or one of its <c>emergencyDialMasks</c>.
        /// </summary>
        private static bool IsEmergencyNumber(LocationPolicy policy, string number, out string? dialString)
        {
            dialString = policy.EmergencyDialString.Text;
            if (!policy.EnhancedEmergencyServices.IsTrue || string.IsNullOrEmpty(dialString))
            {
                return false;
            }

            string dialed = number.StartsWith("+", StringComparison.Ordinal) ? number.Substring(1) : number;
            return dialed == dialString || policy.EmergencyDialMasks.Any(mask => mask.Value == dialed);
        }

        /// <summary>
        /// Step 5: the user whose <c>lineUri</c> after <c>tel:</c> (scheme compared case-insensitively, the rest exactly) is
        /// <paramref name="number"/>, or whose bare-extension <c>lineUri</c> is.
        /// </summary>
        private static User? FindLineUriOwner(Topology topology, string number)
        {
            foreach (User user in topology.Users)
            {
                string? lineUri = user.LineUri.Text;
                if (lineUri == null)
                {
                    continue;
                }

                bool matches = lineUri.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
                    ? lineUri.Length - 4 == number.Length && string.CompareOrdinal(lineUri, 4, number, 0, number.Length) == 0
                    : IsBareExtension(lineUri) && lineUri == number;
                if (matches)
                {
                    return user;
                }
            }

            return null;
        }

        private static bool IsBareExtension(string lineUri) => lineUri.Length > 0 && lineUri.All(c => c >= '0' && c <= '9');

        private static bool Matches(Route route, string number, Dictionary<Route, bool> known, ICollection<PatternTimeout>? timeouts)
        {
            if (known.TryGetValue(route, out bool matches))
            {
                return matches;
            }

            matches = false;
            if (route.ParsedPattern is { IsValid: true } pattern)
            {
                matches = pattern.FirstMatch(number, out bool timedOut) != null;
                if (timedOut)
                {
                    timeouts?.Add(new PatternTimeout(route.Pattern!, number));
                }
            }

            known[route] = matches;
            return matches;
        }

        /// <summary>A usage hop: its name, its place in the list as written (<c>1 of 2</c>), at its name in that list.</summary>
        private static CallHop UsageHop(PstnUsage usage, ScalarNode? node, IReadOnlyList<ScalarNode?> written)
        {
            int position = 1;
            for (int i = 0; i < written.Count; i++)
            {
                if (ReferenceEquals(written[i], node))
                {
                    position = i + 1;
                }
            }

            return new CallHop("pstn usage", $"{usage} ({position} of {written.Count})", node);
        }

        /// <summary>A policy's identity as <c>topolint call</c> prints it: <c>global</c>, <c>site:ID</c> or <c>user:NAME</c>.</summary>
        private static string Identity(ScopedPolicy policy) => policy.Scope.Value switch
        {
            PolicyScope.Global => "global",
            PolicyScope.Site => "site:" + policy.Site.Name,
            _ => "user:" + policy.Name?.Value,
        };

        private static string StripSipScheme(string sip) => sip.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? sip.Substring(4) : sip;
    }
}
