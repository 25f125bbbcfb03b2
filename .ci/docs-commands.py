#!/usr/bin/env python3
"""Runs every command that docs/ci.md shows, the way the CI system it is written for would run it.

Commands are read from the page's code blocks: each line of a `sh` block, the `run:` and `script:` steps of
GitHub, Azure Pipelines and GitLab YAML, and the `command` of a VS Code task. They run in a scratch copy of the
clean example topology (so each must exit 0) with the tool installed from a local feed holding the package just
built: `python3 .ci/docs-commands.py FEED`.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def blocks(markdown):
    for match in re.finditer(r"^```(\w+)\n(.*?)^```", markdown, re.S | re.M):
        yield match.group(1), match.group(2)


def yaml_commands(text):
    """`run:` / `script:` values, inline, as `|` blocks, or as GitLab's list of lines."""
    lines = text.split("\n")
    commands = []
    i = 0
    while i < len(lines):
        match = re.match(r"^(\s*(?:- )?)(run|script):\s*(.*)$", lines[i])
        i += 1
        if not match:
            continue
        # The key's own column: a block's lines are indented deeper than it.
        indent, value = len(match.group(1)), match.group(3).strip()
        if value and value != "|":
            commands.append(value)
            continue
        body = []
        while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
            body.append(lines[i])
            i += 1
        if value == "|":
            # A block scalar is one script; backslash-continued lines stay together.
            commands.append("\n".join(line.strip() for line in body if line.strip()))
        else:
            commands.extend(line.strip()[2:] for line in body if line.strip().startswith("- "))
    return commands


def commands(markdown):
    """(section, language, commands) per code block; a section is the text under one heading."""
    section = 0
    for part in re.split(r"^#{2,3} .*$", markdown, flags=re.M):
        section += 1
        for language, text in blocks(part):
            if language == "sh":
                yield section, "sh", [line for line in text.split("\n") if line.strip() and not line.lstrip().startswith("#")]
            elif language == "yaml":
                yield section, "yaml", yaml_commands(text)
            elif language == "json":
                yield section, "json", re.findall(r'"command":\s*"([^"]+)"', text)


def main():
    feed = os.path.abspath(sys.argv[1])
    markdown = open(os.path.join(REPO, "docs", "ci.md"), encoding="utf-8").read()
    work = tempfile.mkdtemp(prefix="topolint-docs-")
    passed = failed = 0
    try:
        tools = os.path.join(work, "tools")
        # A CLI home of its own: the SDK caches where local tools live (toolResolverCache), and an entry left by an
        # earlier run, pointing into a deleted scratch folder, would make `dotnet topolint` fail after a restore.
        base_env = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1", DOTNET_CLI_HOME=os.path.join(work, "cli-home"))
        base_env["PATH"] = tools + os.pathsep + base_env["PATH"]
        # The page's plain commands assume topolint is installed, as its first section says.
        version = re.search(r"<VersionPrefix>(.*)</VersionPrefix>", open(os.path.join(REPO, "Directory.Build.props"), encoding="utf-8").read()).group(1)
        subprocess.run(["dotnet", "tool", "install", "--tool-path", tools, "--add-source", feed, "TopologyLint.Cli", "--version", version], check=True, capture_output=True, env=dict(base_env, NUGET_PACKAGES=os.path.join(work, "packages")))
        for number, (section, language, block) in enumerate(commands(markdown)):
            if not block:
                continue
            # Each section runs in a workspace of its own: a clean topology and a NuGet source holding only the
            # package just built, as a CI job's checkout with the package published would be.
            workspace = os.path.join(work, f"section{section}")
            if not os.path.exists(workspace):
                shutil.copytree(os.path.join(REPO, "examples", "contoso"), workspace)
                with open(os.path.join(workspace, "nuget.config"), "w", encoding="utf-8") as config:
                    config.write(f'<?xml version="1.0" encoding="utf-8"?><configuration><packageSources><clear /><add key="local" value="{feed}" /></packageSources></configuration>')
            runner_temp = os.path.join(work, f"runner{number}")
            agent = {"Agent.TempDirectory": os.path.join(work, f"agent{number}"), "Build.ArtifactStagingDirectory": os.path.join(work, f"staging{number}")}
            for directory in [runner_temp, *agent.values()]:
                os.makedirs(directory)
            github_path = os.path.join(work, f"github_path{number}")
            open(github_path, "w").close()
            env = dict(base_env, RUNNER_TEMP=runner_temp, GITHUB_PATH=github_path, NUGET_PACKAGES=os.path.join(work, "packages"))
            env.pop("CI", None)
            for command in block:
                # Azure Pipelines expands $(Variable) macros before the shell sees the script.
                expanded = re.sub(r"\$\(([A-Za-z.]+)\)", lambda m: agent[m.group(1)], command)
                # GitHub adds the lines of $GITHUB_PATH to PATH for the steps that follow.
                added = [line.strip() for line in open(github_path, encoding="utf-8") if line.strip()]
                step_env = dict(env, PATH=os.pathsep.join(added + [env["PATH"]]))
                result = subprocess.run(["bash", "-ec", expanded], cwd=workspace, env=step_env, capture_output=True, text=True, timeout=600)
                shown = command.split("\n")[0] + (" …" if "\n" in command else "")
                if result.returncode == 0:
                    passed += 1
                    print(f"ok: docs/ci.md ({language}): {shown}")
                else:
                    failed += 1
                    print(f"FAILED: docs/ci.md ({language}): {shown} exited {result.returncode}\n{result.stdout[-2000:]}{result.stderr[-2000:]}", file=sys.stderr)
            if language == "sh" and "tool-manifest" in "\n".join(block) and not os.path.exists(os.path.join(workspace, "dotnet-tools.json")):
                failed += 1
                print("FAILED: docs/ci.md: the tool manifest is not where the page says (dotnet-tools.json)", file=sys.stderr)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"docs/ci.md commands: {passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
