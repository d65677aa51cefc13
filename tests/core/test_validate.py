"""Each validation rule, broken once in a small tree, gives an error naming the culprit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from decision_tree import TREE, TreeError, validated
from decision_tree.model import Change, Composition, Conclusion, Option, Question, Source

from .small_tree import option, outcome, question, small_tree

MIDDLE = question("middle", option("x", "end-a"), option("y", "end-b"))
FORK = replace(question("start", option("a", "end-a"), option("b", "middle")), kind="fork")
BOTH = Composition(id="both", when=("rag", "fine-tuning"), verdict="fine-tuning-and-rag", conclusions=("c-one",),
                   title="Both", headline="Do both.", reasons=("Because both.",), next_steps=("A step.",))
URL_RULE = "node 'paper': url must be an absolute http:// or https:// address, with any space or other character outside URLs percent-encoded"
CHECKLIST_OPTIONS = (Option(id="p", label="P", rationale="R", next_step="S"), Option(id="q", label="Q", rationale="R", next_step="S"))
ASKING_THE_LIST = (outcome("end-a"), replace(outcome("end-b"), checklists=("list",)))  # so that a checklist "list" is asked


def with_url(url: str) -> dict:
    """The small tree's changes that give its one source this address."""
    return dict(sources=(Source(id="paper", citation="A", title="T", url=url),))


def test_the_small_tree_and_the_guide_tree_are_valid() -> None:
    assert validated(small_tree()) is not None
    assert validated(TREE) is TREE
    assert validated(small_tree(questions=(FORK, MIDDLE), compositions=(BOTH,))).is_composed


MALFORMED = {
    "duplicate node id": (
        dict(outcomes=(outcome("end-a"), outcome("end-b"), outcome("middle"))),
        "duplicate node id 'middle'",
    ),
    "duplicate option id": (
        dict(questions=(question("start", option("a", "end-a"), option("a", "middle")), MIDDLE)),
        "node 'start': duplicate option id 'a'",
    ),
    "unknown next node": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "nowhere")), MIDDLE)),
        "node 'start': option 'b' leads to unknown node 'nowhere' (must be one of ['end-a', 'end-b', 'middle', 'start'])",
    ),
    "unreachable node": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "end-b")), MIDDLE)),
        "node 'middle': unreachable from the start question 'start'",
    ),
    "cycle": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), question("middle", option("x", "start"), option("y", "end-b")))),
        "nodes are in a cycle: start -> middle -> start",
    ),
    "one option": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), question("middle", option("y", "end-b")))),
        "node 'middle': a question needs at least 2 options (got 1)",
    ),
    "outcome without conclusions": (
        dict(outcomes=(outcome("end-a"), outcome("end-b", conclusions=()))),
        "node 'end-b': an outcome must cite at least one documented conclusion id (got none)",
    ),
    "unknown conclusion": (
        dict(outcomes=(outcome("end-a"), outcome("end-b", conclusions=("c-two",)))),
        "node 'end-b': cites unknown conclusion 'c-two' (must be one of the registered conclusions ['c-one'])",
    ),
    "unknown verdict": (
        dict(outcomes=(outcome("end-a"), outcome("end-b", verdict="magic"))),
        "node 'end-b': 'verdict' must be one of ['constrained-output', 'fine-tuning', 'fine-tuning-and-rag', 'not-ready', 'prompting', 'rag', 'stronger-model', 'tool-calls'] (got 'magic')",
    ),
    "unknown question kind": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), replace(MIDDLE, kind="poll"))),
        "node 'middle': 'kind' must be one of ['choice', 'checklist', 'fork'] (got 'poll')",
    ),
    "unsure answer without experiment": (
        dict(questions=(question("start", option("a", "end-a"), replace(option("b", "middle"), unsure=True)), MIDDLE)),
        "node 'start': experiment of option 'b' must be non-empty text (got '')",
    ),
    "sure answer with an experiment": (
        dict(questions=(question("start", option("a", "end-a"), replace(option("b", "middle"), experiment="Try.")), MIDDLE)),
        "node 'start': option 'b': only an unsure answer may name an experiment or the answer it assumes",
    ),
    "assumes an unknown answer": (
        dict(questions=(question("start", option("a", "end-a"), replace(option("b", "middle"), unsure=True, experiment="Try.", assumes="c")), MIDDLE)),
        "node 'start': option 'b': assumes 'c', which must be one of its question's sure answers ['a']",
    ),
    "checklist answer that leads somewhere": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), MIDDLE, replace(question("list", option("p", "end-a"), option("q", "end-b")), kind="checklist"))),
        "node 'list': option 'p': a checklist answer leads nowhere and is never unsure",
    ),
    "outcome asks an unknown checklist": (
        dict(outcomes=(outcome("end-a"), replace(outcome("end-b"), checklists=("middle",)))),
        "node 'end-b': asks unknown checklist 'middle' (must be one of [])",
    ),
    "checklist reached by an answer": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), replace(MIDDLE, kind="checklist", options=(Option(id="x", label="X", rationale="R", next_step="S"), Option(id="y", label="Y", rationale="R", next_step="S"))))),
        "node 'start': option 'b' leads to the checklist 'middle'; checklists are asked by outcomes",
    ),
    "two exclusive checklist answers": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), MIDDLE, Question(id="list", kind="checklist", title="L", text="L?", why="W", options=(Option(id="n", label="N", rationale="R", exclusive=True), Option(id="m", label="M", rationale="R", exclusive=True))))),
        "node 'list': a checklist or a fork may have at most one exclusive option (got ['n', 'm'])",
    ),
    "missing verdict label": (
        dict(verdicts={}),
        "label of verdict 'rag' must be non-empty text (got None)",
    ),
    "empty text": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), replace(MIDDLE, text="  "))),
        "node 'middle': text must be non-empty text (got '  ')",
    ),
    "id not a slug": (
        dict(outcomes=(outcome("end-a"), replace(outcome("end-b"), id="End_B"))),
        "outcome id 'End_B' is not a lowercase URL-safe slug",
    ),
    "option id not a slug": (
        dict(questions=(question("start", option("a", "end-a"), option("B b", "middle")), MIDDLE)),
        "node 'start': option id 'B b' is not a lowercase URL-safe slug",
    ),
    "unknown start": (dict(start="begin"), "start must name a question (got 'begin'"),
    "unknown source": (
        dict(outcomes=(outcome("end-a"), replace(outcome("end-b"), sources=("book",)))),
        "node 'end-b': unknown source 'book' (must be one of ['paper'])",
    ),
    "bad version": (dict(version=0), "tree version must be an integer of at least 1 (got 0)"),
    "history behind the version": (
        dict(version=2, history=(Change(version=1, summary="First."),)),
        "history must list versions in increasing order, ending at the tree version 2 (got [1])",
    ),
    "reserved id": (
        dict(start="v", questions=(question("v", option("a", "end-a"), option("b", "middle")), MIDDLE)),
        "question id 'v' is reserved for the permalink format",
    ),
    "empty source url": (
        dict(sources=(Source(id="paper", citation="A", title="T", url=""),)),
        "node 'paper': url must be non-empty text",
    ),
    "id with a double hyphen": (
        dict(outcomes=(outcome("end-a"), replace(outcome("end-b"), id="end--b"))),
        "outcome id 'end--b' is not a lowercase URL-safe slug",
    ),
    "id with a leading hyphen": (
        dict(outcomes=(outcome("end-a"), replace(outcome("end-b"), id="-end-b"))),
        "outcome id '-end-b' is not a lowercase URL-safe slug",
    ),
    "id with a trailing hyphen": (
        dict(questions=(question("start", option("a", "end-a"), option("b-", "middle")), MIDDLE)),
        "node 'start': option id 'b-' is not a lowercase URL-safe slug",
    ),
    "id that is not text": (
        dict(outcomes=(outcome("end-a"), replace(outcome("end-b"), id=["end-b"]))),
        "outcome id ['end-b'] is not a lowercase URL-safe slug",
    ),
    "version true": (dict(version=True), "tree version must be an integer of at least 1 (got True)"),
    "outcome without reasons": (
        dict(outcomes=(outcome("end-a"), replace(outcome("end-b"), reasons=()))),
        "node 'end-b': an outcome must give at least one reason (got none)",
    ),
    "unhashable verdict": (
        dict(outcomes=(outcome("end-a"), outcome("end-b", verdict=["rag"]))),
        "node 'end-b': 'verdict' must be one of ['constrained-output', 'fine-tuning', 'fine-tuning-and-rag', 'not-ready', 'prompting', 'rag', 'stronger-model', 'tool-calls'] (got ['rag'])",
    ),
    "empty history summary": (
        dict(history=(Change(version=1, summary=" "),)),
        "history[0] (version 1): summary must be non-empty text (got ' ')",
    ),
    "history version 0": (
        dict(history=(Change(version=0, summary="Draft."), Change(version=1, summary="First."))),
        "history[0]: version must be an integer of at least 1 (got 0)",
    ),
    "conclusion cited twice": (
        dict(outcomes=(outcome("end-a"), outcome("end-b", conclusions=("c-one", "c-one")))),
        "node 'end-b': conclusions must cite each id once (got 'c-one' more than once)",
    ),
    "source cited twice": (
        dict(outcomes=(outcome("end-a"), replace(outcome("end-b"), sources=("paper", "paper")))),
        "node 'end-b': sources must cite each id once (got 'paper' more than once)",
    ),
    "script source url": (with_url("javascript:alert(1)"), URL_RULE),
    "source url without a host": (with_url("https:/example.org"), URL_RULE),
    "source url with a line break": (with_url("https://example.org/a\nb"), URL_RULE),
    "source url with spaces": (with_url("https://example.org/a paper"), URL_RULE),
    "source url with an unclosed bracket": (with_url("https://[::1/a"), URL_RULE),
    "source url with a port out of range": (with_url("https://example.org:99999/a"), URL_RULE),
    "NUL in a text": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), replace(MIDDLE, text="Which\x00one?"))),
        "node 'middle': text holds U+0000 (a control character) at position 5: texts may hold no control or bidi control characters",
    ),
    "bidi override in a text": (
        dict(outcomes=(outcome("end-a"), replace(outcome("end-b"), reasons=("Fine \u202eenif",)))),
        "node 'end-b': reasons[0] holds U+202E (a bidi control) at position 5",
    ),
    "bidi isolate in a source title": (
        dict(sources=(Source(id="paper", citation="A", title="A \u2067title", url="https://example.org/a"),)),
        "node 'paper': title holds U+2067 (a bidi control) at position 2",
    ),
    "start is a checklist": (
        dict(start="list", questions=(replace(question("list", *CHECKLIST_OPTIONS), kind="checklist"),
                                      question("start", option("a", "end-a"), option("b", "middle")), MIDDLE)),
        "start must name a choice question or a fork, not the checklist 'list'",
    ),
    "unsure checklist answer": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), MIDDLE,
                        replace(question("list", replace(CHECKLIST_OPTIONS[0], unsure=True, experiment="Try."), CHECKLIST_OPTIONS[1]), kind="checklist")),
             outcomes=ASKING_THE_LIST),
        "node 'list': option 'p': a checklist answer leads nowhere and is never unsure",
    ),
    "checklist answer that assumes another": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), MIDDLE,
                        replace(question("list", replace(CHECKLIST_OPTIONS[0], assumes="q"), CHECKLIST_OPTIONS[1]), kind="checklist")),
             outcomes=ASKING_THE_LIST),
        "node 'list': option 'p': a checklist answer leads nowhere and is never unsure",
    ),
    "choice answer with a next step": (
        dict(questions=(question("start", option("a", "end-a"), replace(option("b", "middle"), next_step="Do it.")), MIDDLE)),
        "node 'start': option 'b': next_step belongs to checklist answers only",
    ),
    "conclusion page outside docs": (
        dict(conclusions=(Conclusion(id="c-one", title="One", page="../../etc/passwd.md"),)),
        "node 'c-one': page must be a Markdown file inside docs/, relative to it, e.g. 'conclusions/cost.md' (got '../../etc/passwd.md')",
    ),
    "absolute conclusion page": (
        dict(conclusions=(Conclusion(id="c-one", title="One", page="/one.md"),)),
        "node 'c-one': page must be a Markdown file inside docs/, relative to it",
    ),
    "fork that is not the start": (
        dict(questions=(question("start", option("a", "end-a"), option("b", "middle")), replace(MIDDLE, kind="fork"))),
        "node 'middle': a fork must be the start question (the start is 'start')",
    ),
    "exclusive answer to a choice": (
        dict(questions=(question("start", option("a", "end-a"), replace(option("b", "middle"), exclusive=True)), MIDDLE)),
        "node 'start': option 'b': exclusive belongs to checklist and fork answers only",
    ),
    "compositions without a fork": (
        dict(compositions=(BOTH,)),
        "compositions apply only to a tree whose start is a fork (start 'start' is not)",
    ),
    "composition of one verdict": (
        dict(questions=(FORK, MIDDLE), compositions=(replace(BOTH, when=("rag",)),)),
        "node 'both': 'when' must name two or more different verdicts (got ('rag',))",
    ),
    "composition of an unknown verdict": (
        dict(questions=(FORK, MIDDLE), compositions=(replace(BOTH, verdict="magic"),)),
        "node 'both': verdict 'magic' is not one of",
    ),
    "composition without conclusions": (
        dict(questions=(FORK, MIDDLE), compositions=(replace(BOTH, conclusions=()),)),
        "node 'both': a composition must cite at least one documented conclusion id (got none)",
    ),
    "composition citing an unknown conclusion": (
        dict(questions=(FORK, MIDDLE), compositions=(replace(BOTH, conclusions=("c-two",)),)),
        "node 'both': cites unknown conclusion 'c-two' (must be one of ['c-one'])",
    ),
    "composition without a headline": (
        dict(questions=(FORK, MIDDLE), compositions=(replace(BOTH, headline=" "),)),
        "node 'both': headline must be non-empty text",
    ),
    "conclusion page not markdown": (
        dict(conclusions=(Conclusion(id="c-one", title="One", page="one.html"),)),
        "(got 'one.html')",
    ),
}


@pytest.mark.parametrize("changes, message", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_tree_is_rejected_with_a_message_naming_the_culprit(changes: dict, message: str) -> None:
    with pytest.raises(TreeError) as raised:
        validated(small_tree(**changes))
    assert message in str(raised.value)
    assert str(raised.value).startswith("invalid decision tree: ")


def chain(length: int, closed: bool = False) -> dict:
    """A start question followed by a chain of questions, ending at end-b (or back at the start)."""
    ids = ["start", *(f"q{n}" for n in range(1, length))]
    last = "start" if closed else "end-b"
    links = [(here, there) for here, there in zip(ids, [*ids[1:], last])]
    return dict(questions=tuple(question(here, option("a", "end-a"), option("b", there)) for here, there in links))


def test_a_long_chain_of_questions_is_validated_without_running_out_of_stack() -> None:
    assert validated(small_tree(**chain(3000))) is not None
    with pytest.raises(TreeError, match=r"nodes are in a cycle: start -> q1 -> .* -> q2999 -> start"):
        validated(small_tree(**chain(3000, closed=True)))
