"""Conclusions' histories: published ids keep their place, their statements may change, and every
change is recorded with its guide version, its month, what it said, what it says now and why."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest

import decision_tree
from decision_tree import TREE, LANGUAGES, TreeError, tree
from decision_tree.content.revisions import REVISIONS, Revision
from decision_tree.history import History, Published, history, published_exports, records, statement_version, version_key
from decision_tree.model import Conclusion
from decision_tree.render.history import history_element, with_histories
from decision_tree.versions import frozen

from .small_tree import small_tree

CURRENT = decision_tree.__version__
EXPORTS = published_exports(frozen())
SAID = {"was": "Old heading", "now": "New heading", "why": "The evidence moved."}


def small(heading: str = "New heading") -> object:
    return small_tree(conclusions=(Conclusion(id="c-one", title=heading, page="one.md"),))


def published(*headings: tuple[str, str]) -> tuple[Published, ...]:
    return tuple(Published(guide=guide, headings=MappingProxyType({"c-one": title})) for guide, title in headings)


def changed_in(guide: str, **texts: str) -> dict:
    return {"c-one": {guide: {**SAID, **texts}}}


# The rule -----------------------------------------------------------------------------------


def test_a_heading_changed_since_it_was_last_published_has_a_change_for_the_current_guide_version() -> None:
    last = {cid: title for p in EXPORTS if version_key(p.guide) < version_key(CURRENT) for cid, title in p.headings.items()}
    changed = [c for c in TREE.conclusions if c.id in last and last[c.id] != c.title]
    assert changed, "expected headings that the current guide corrects (the frozen exports record the old ones)"
    for conclusion in changed:
        record = history(conclusion.id)
        current = [c for c in record.changes if c.guide == CURRENT]
        assert current and (current[0].was, current[0].now) == (last[conclusion.id], conclusion.title), conclusion.id
        assert record.statement_version == CURRENT


def test_without_a_recorded_change_a_changed_heading_is_refused_naming_both_headings() -> None:
    with pytest.raises(TreeError, match=r"conclusion 'c-one': its heading changed since guide 2\.0\.0 \(“Old heading” → “New heading”\), "
                                        r"so it needs a change recorded for guide 3\.0\.0"):
        records(small(), (), published(("1.0.0", "Old heading"), ("2.0.0", "Old heading")), {}, current="3.0.0")


def test_the_change_must_quote_the_published_heading_and_the_current_one() -> None:
    revision = Revision(conclusion="c-one", guide="3.0.0", date="2026-12")
    with pytest.raises(TreeError, match="must say it was “Old heading” and is now “New heading” \\(got “Older” and “New heading”\\)"):
        records(small(), (revision,), published(("2.0.0", "Old heading")), changed_in("3.0.0", was="Older"), current="3.0.0")
    found = records(small(), (revision,), published(("2.0.0", "Old heading")), changed_in("3.0.0"), current="3.0.0")
    assert found["c-one"] == History(conclusion="c-one", published="2.0.0", changes=found["c-one"].changes)
    assert [(c.guide, c.month, c.was, c.now) for c in found["c-one"].changes] == [("3.0.0", "2026-12", "Old heading", "New heading")]


def test_the_latest_export_of_an_earlier_guide_version_is_the_published_statement() -> None:
    """An export of the current version itself (frozen at release) is not an earlier publication."""
    same = published(("2.0.0", "Old heading"), ("3.0.0", "New heading"))
    assert records(small(), (), published(("2.0.0", "New heading")) + same[1:], {}, current="3.0.0")["c-one"].changes == ()
    with pytest.raises(TreeError, match="changed since guide 2.0.0"):
        records(small(), (), same, {}, current="3.0.0")


def test_a_change_to_the_text_alone_may_be_recorded_with_the_heading_unchanged() -> None:
    revision = Revision(conclusion="c-one", guide="3.0.0", date="2026-12")
    found = records(small("Same"), (revision,), published(("2.0.0", "Same")), changed_in("3.0.0"), current="3.0.0")
    assert found["c-one"].statement_version == "3.0.0"


# Where a conclusion was first published -------------------------------------------------------


def test_every_conclusion_has_a_history_in_every_language_starting_where_the_exports_first_show_it() -> None:
    first = {}
    for export in EXPORTS:
        for cid in export.headings:
            first.setdefault(cid, export.guide)
    for language in LANGUAGES:
        for conclusion in tree(language).conclusions:
            record = history(conclusion.id, language)
            assert record.published == first.get(conclusion.id, CURRENT), (language, conclusion.id)
    assert history("start-with-a-prompt").published == "1.0.0"
    assert history("raft-trains-the-model-to-use-retrieval").published == "2.0.0"


def test_the_statement_version_is_the_last_change_or_the_first_publication() -> None:
    assert statement_version("start-with-a-prompt") == "1.0.0"
    assert statement_version("fine-tuned-model-serves-at-base-cost") == CURRENT
    with pytest.raises(TreeError, match="unknown conclusion 'no-such-thing'"):
        statement_version("no-such-thing")


def test_every_language_records_the_same_changes_with_its_own_headings() -> None:
    for conclusion in TREE.conclusions:
        english = history(conclusion.id)
        for language in LANGUAGES[1:]:
            other = history(conclusion.id, language)
            assert [(c.guide, c.month) for c in other.changes] == [(c.guide, c.month) for c in english.changes]
            for mine, theirs in zip(english.changes, other.changes):
                if mine.now == conclusion.title:  # a heading change: each language quotes its own heading
                    assert theirs.now == tree(language).conclusion(conclusion.id).title, (language, conclusion.id)


# A broken record ------------------------------------------------------------------------------

BROKEN = {
    "a date that is not a month": (Revision(conclusion="c-one", guide="3.0.0", date="2026-13"), changed_in("3.0.0"),
                                   "date must be a month written YYYY-MM \\(got '2026-13'\\)"),
    "a version later than the guide": (Revision(conclusion="c-one", guide="4.0.0", date="2026-12"), changed_in("4.0.0"),
                                       "is later than the guide itself \\(3.0.0\\)"),
    "a change before the first publication": (Revision(conclusion="c-one", guide="2.0.0", date="2026-12"), changed_in("2.0.0"),
                                              "first published in guide 2.0.0, so a change must come later"),
    "no texts": (Revision(conclusion="c-one", guide="3.0.0", date="2026-12"), {},
                 r"needs was, now and why as non-empty texts under \[conclusion-history.changes.c-one.\"3.0.0\"\]"),
    "an empty reason": (Revision(conclusion="c-one", guide="3.0.0", date="2026-12"), changed_in("3.0.0", why=" "), "non-empty texts"),
    "a malformed version": (Revision(conclusion="c-one", guide="3.0", date="2026-12"), changed_in("3.0"),
                            "guide version must be MAJOR.MINOR.PATCH"),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_change_is_refused_naming_the_conclusion_and_what_is_wrong(case: str) -> None:
    revision, texts, message = BROKEN[case]
    with pytest.raises(TreeError, match=message):
        records(small("Same"), (revision,), published(("2.0.0", "Same")), texts, current="3.0.0")


def test_texts_for_an_unrecorded_change_and_changes_out_of_order_are_refused() -> None:
    with pytest.raises(TreeError, match="describes a change to 'c-one' in guide '3.0.0', which .* does not record"):
        records(small("Same"), (), published(("2.0.0", "Same")), changed_in("3.0.0"), current="3.0.0")
    later, earlier = (Revision(conclusion="c-one", guide=g, date=d) for g, d in (("3.1.0", "2027-02"), ("3.0.0", "2026-12")))
    texts = {"c-one": {"3.0.0": SAID, "3.1.0": SAID}}
    with pytest.raises(TreeError, match="changes to 'c-one' must be listed once per guide version, oldest first"):
        records(small("Same"), (later, earlier), published(("2.0.0", "Same")), texts, current="3.1.0")


def test_the_recorded_changes_are_in_the_register_and_each_is_described_in_every_catalogue() -> None:
    registered = {c.id for c in TREE.conclusions}
    assert {r.conclusion for r in REVISIONS} <= registered
    for language in LANGUAGES:
        described = [(c.guide, c.month) for cid in registered for c in history(cid, language).changes]
        assert sorted(described) == sorted((r.guide, r.date) for r in REVISIONS), language


# On the page ---------------------------------------------------------------------------------

PAGE = '<h2 id="c-one">New heading<a class="headerlink" href="#c-one">¶</a></h2>\n<p class="conclusion-id">Conclusion id: <code>c-one</code></p>\n<p>Text.</p>'
TEXTS = {
    "label": "History", "published": "Published in guide {guide}; no change recorded since.", "published-then": "Published in guide {guide}.",
    "new": "New in guide {guide}.", "changed": "Changed in guide {guide}", "month": "{name} {year}",
    "change": " ({month}). It said: “{was}”. It now says: “{now}”. {why}", "month-names": [str(n) for n in range(1, 13)],
}


def test_the_history_goes_right_under_the_id_line_with_each_change_and_its_month() -> None:
    found = records(small(), (Revision(conclusion="c-one", guide="3.0.0", date="2026-12"),), published(("1.0.0", "Old heading")),
                    changed_in("3.0.0"), current="3.0.0")
    html = with_histories(PAGE, small(), "one.md", lookup=lambda cid, language: found[cid], texts=TEXTS)
    before, _, after = html.partition("</code></p>\n")
    assert after.startswith('<div class="dt-history" data-dt-history="c-one" data-dt-statement="3.0.0">')
    assert "<p>Published in guide 1.0.0.</p>" in after
    assert "<strong>Changed in guide 3.0.0</strong> (12 2026). It said: “Old heading”. It now says: “New heading”. The evidence moved." in after
    assert after.endswith("<p>Text.</p>")


def test_an_unchanged_conclusion_says_where_it_was_published_and_a_new_one_that_it_is_new() -> None:
    unchanged = History(conclusion="c-one", published="1.0.0")
    assert "Published in guide 1.0.0; no change recorded since." in _markup(unchanged)
    assert "New in guide 3.0.0." in _markup(replace(unchanged, published=CURRENT))


def test_a_conclusion_without_its_id_line_is_refused_as_its_history_has_nowhere_to_go() -> None:
    bare = PAGE.replace('<p class="conclusion-id">Conclusion id: <code>c-one</code></p>\n', "")
    lookup = lambda cid, language: History(conclusion=cid, published="1.0.0")  # noqa: E731
    with pytest.raises(ValueError, match="conclusion 'c-one' needs its id line"):
        with_histories(bare, small(), "one.md", lookup=lookup, texts=TEXTS)
    elsewhere = "<h2 id=\"other\">Other</h2>\n<p>Text.</p>"  # a page without the conclusion's heading is left alone
    assert with_histories(elsewhere, small(), "one.md", lookup=lookup, texts=TEXTS) == elsewhere


def _markup(record: History) -> str:
    import xml.etree.ElementTree as ET

    return ET.tostring(history_element(record, TEXTS), encoding="unicode", method="html")
