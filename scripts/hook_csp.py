"""The built pages' Content-Security-Policy, for the MkDocs hook (scripts/mkdocs_hooks.py).

overrides/main.html writes an empty ``<meta http-equiv="Content-Security-Policy">`` into every
page's head, before any script; once the whole site is built, :func:`fill_in` gives every page
the same policy, which allows the site's own files and the hash of each inline script.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Iterable

from mkdocs.exceptions import PluginError

# The element to fill in; under ``mkdocs serve`` it gives way to SERVED_WITHOUT, which a later pass
# over the same site (the next edition's build writes into it too) fills in the same way.
SERVED_WITHOUT = "<!-- no Content-Security-Policy under mkdocs serve -->"
CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">|' + re.escape(SERVED_WITHOUT))
CSP_TEMPLATE = '<meta http-equiv="Content-Security-Policy" content="{policy}">'
CSP_DIRECTIVES = (
    ("default-src", "'self'"),
    ("script-src", "'self'"),  # and the hash of each inline script
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),  # the theme's icons are data: URLs
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)
INLINE_SCRIPT = re.compile(r"<script(?P<attributes>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S | re.I)
SCRIPT_SRC = re.compile(r"\ssrc=", re.I)
SCRIPT_TYPE = re.compile(r"""\stype=["']?(?P<type>[^"'\s>]+)""", re.I)
JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


def fill_in(site: Path, *, policy: bool = True) -> None:
    """Give every page under ``site`` the same policy (``policy=False`` leaves none, for ``mkdocs
    serve``, whose live reload injects an inline script that no hash can name). Each edition's
    build runs this over the whole site, so a page may come here twice.

    Stops the build naming the pages that have no element to fill in.
    """
    pages = {path: path.read_text(encoding="utf-8") for path in sorted(site.rglob("*.html"))}
    missing = sorted(str(path.relative_to(site)) for path, html in pages.items() if not CSP_META.search(html))
    if missing:
        raise PluginError(
            f"{', '.join(missing)}: no <meta http-equiv=\"Content-Security-Policy\"> to fill in "
            "(it comes from overrides/main.html: set theme.custom_dir: overrides in mkdocs.yml)"
        )
    meta = CSP_TEMPLATE.format(policy=content_security_policy(pages.values())) if policy else SERVED_WITHOUT
    for path, html in pages.items():
        path.write_text(CSP_META.sub(lambda _: meta, html, count=1), encoding="utf-8")


def content_security_policy(pages: Iterable[str]) -> str:
    """One policy for every page, allowing the inline scripts of all of them.

    The theme writes a few inline scripts (one differs with the page's depth). Instant navigation
    keeps the policy of the page first loaded, runs the scripts of each page it opens under it, and
    adds any <head> element that differs, which would stack a second policy on the first: with one
    policy everywhere, whatever page a reader starts from allows every script of the site.
    """
    hashes = sorted({_script_hash(body) for html in pages for body in _inline_scripts(html)})
    scripts = " ".join(["'self'", *hashes])
    return "; ".join(f"{name} {scripts if name == 'script-src' else value}" for name, value in CSP_DIRECTIVES)


def _inline_scripts(html: str) -> list[str]:
    """The text of each inline script the browser runs (not data blocks such as type="application/json")."""
    scripts = []
    for match in INLINE_SCRIPT.finditer(html):
        attributes = match.group("attributes")
        kind = SCRIPT_TYPE.search(attributes)
        if not SCRIPT_SRC.search(attributes) and (kind.group("type").lower() if kind else "") in JAVASCRIPT_TYPES:
            scripts.append(match.group("body"))
    return scripts


def _script_hash(body: str) -> str:
    """A CSP source expression for an inline script: its SHA-256 in base64."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"
