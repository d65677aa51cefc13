"""Walking a validated tree: next node, decide, every path, and what would change a result.

Answers are a mapping from question id to answer: an option id for a choice question, and for
a checklist or a fork the ids of the chosen options joined by ``.`` in the order the question
lists them (``knowledge.voice``), or its exclusive option alone (``none``). Only the answers on
the path taken count; an answer to a question the path never reaches is an error, so a typo in
a command line or a tampered link is never silently dropped.

A tree whose start is a fork is walked need by need: each need's branch from its first
question to an outcome, a question that an earlier branch already asked keeping its answer;
then the checklists the outcomes ask, in the tree's order. The outcomes make the result's parts
(see :mod:`decision_tree.compose`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping

from .compose import Result, compose
from .errors import AnswerError
from .model import BOLDNESS, Option, Outcome, Question, Tree

SEPARATOR = "."  # joins the answers to a checklist or a fork; option ids are slugs and never contain it
_PARSED: dict[tuple[int, str], tuple[Question, tuple[Option, ...]]] = {}  # answers read before, by question and answer
_PARSED_MOST = 100_000  # a bound, so hostile input cannot grow it without end


@dataclass(frozen=True, kw_only=True)
class Step:
    """One answered question on a path: one option, or for a checklist or a fork any number of them."""

    question: Question
    options: tuple[Option, ...]

    @property
    def option(self) -> Option:
        """The answer to a choice question (the first answer of a checklist or a fork)."""
        return self.options[0]

    @property
    def answer(self) -> str:
        """The answer as written in permalinks and on the command line."""
        return SEPARATOR.join(o.id for o in self.options)


@dataclass(frozen=True, kw_only=True)
class Decision:
    """Where a complete set of answers leads: the result and the path taken."""

    result: Result
    path: tuple[Step, ...]

    @property
    def answers(self) -> dict[str, str]:
        """The answers on the path, in the order asked."""
        return {step.question.id: step.answer for step in self.path}


@dataclass(frozen=True, kw_only=True)
class Alternative:
    """What a single different answer would lead to.

    ``change`` says what differs: another answer to a choice question (``"switch"``), or a need
    added to or removed from the fork (``"add"``, ``"remove"``). ``result`` is set when the other
    answers already decide the result; otherwise ``next_question`` is the first question that
    would still need an answer. ``verdicts`` are those the change can lead to, once every
    question it opens is answered. ``effect`` says how far the change reaches: ``"verdict"`` (it
    changes, or may change, the verdict), ``"outcome"`` (other parts with the same verdict) or
    ``"none"``.
    """

    question: Question
    option: Option
    change: str
    answer: str  # the question's answer with the change made, as permalinks write it
    result: Result | None
    next_question: Question | None
    verdicts: frozenset[str]
    effect: str


# Walking ---------------------------------------------------------------------------


def start(tree: Tree) -> Question:
    """The first question."""
    return _question(tree, tree.start)


def next_node(tree: Tree, question_id: str, option_id: str) -> Question | Outcome:
    """The node a choice answer leads to, or AnswerError naming the unknown question or option."""
    question = _question(tree, question_id)
    return _following(tree, parse_answer(question, option_id))


def parse_answer(question: Question, answer: str) -> tuple[Option, ...]:
    """The options an answer names, or AnswerError saying what the question accepts."""
    cached = _PARSED.get((id(question), answer))
    if cached is not None and cached[0] is question:
        return cached[1]
    chosen = _parse(question, answer)
    if len(_PARSED) < _PARSED_MOST:
        _PARSED[(id(question), answer)] = (question, chosen)  # the question is kept, so its id is not reused
    return chosen


def _parse(question: Question, answer: str) -> tuple[Option, ...]:
    parts = answer.split(SEPARATOR) if question.is_multiple else [answer]
    known = {o.id for o in question.options}
    unknown = next((part for part in parts if part not in known), None)
    if unknown is not None:
        choices = tuple(o.id for o in question.options)
        how = "any of them joined by '.', or the exclusive one alone" if question.is_multiple else "one of them"
        raise AnswerError(
            f"unknown answer {unknown!r} to question {question.id!r} (must be {how}: {list(choices)})",
            question=question.id,
            choices=choices,
        )
    named = set(parts)
    chosen = tuple(o for o in question.options if o.id in named)  # the question's order, once each
    if len(chosen) != len(parts):
        raise AnswerError(f"answer {answer!r} to question {question.id!r} names an option twice", question=question.id,
                          choices=tuple(o.id for o in question.options))
    if len(chosen) > 1 and any(o.exclusive for o in chosen):
        raise AnswerError(
            f"answer {answer!r} to question {question.id!r} combines {[o.id for o in chosen if o.exclusive][0]!r}, "
            "which stands alone, with other answers",
            question=question.id,
            choices=tuple(o.id for o in question.options),
        )
    return chosen


def route(tree: Tree, answers: Mapping[str, str]) -> tuple[tuple[Step, ...], Question | Outcome]:
    """Follow the choice answers from the start of a tree without a fork: the steps, and the
    outcome or the next question."""
    steps: list[Step] = []
    node = _follow(tree, start(tree), answers, steps)
    return tuple(steps), node


def walk(tree: Tree, answers: Mapping[str, str], *, refine: bool = True) -> tuple[tuple[Step, ...], Question | Result]:
    """Follow the answers as far as they go: the steps, and the result or the next question.

    Every branch is walked to its outcome first; then (with ``refine``) the checklists the
    outcomes ask. Without ``refine`` the result is known as soon as every branch has its outcome.
    """
    steps: list[Step] = []
    reached = _branches(tree, answers, steps)
    if isinstance(reached, Question):
        return tuple(steps), reached
    if refine:
        asked = {c for _, outcome, _ in reached for c in outcome.checklists}
        for checklist in (q for q in tree.questions if q.id in asked):
            if checklist.id not in answers:
                return tuple(steps), checklist
            steps.append(Step(question=checklist, options=parse_answer(checklist, answers[checklist.id])))
    return tuple(steps), compose(tree, reached)


def decide(tree: Tree, answers: Mapping[str, str]) -> Decision:
    """The result and path for a complete set of answers.

    Raises AnswerError for an unknown question, an unknown answer, an answer to a question
    off the path, or answers that stop before the result (naming the question to answer next).
    """
    for question_id in answers:
        _question(tree, question_id)
    steps, node = walk(tree, answers)
    if isinstance(node, Question):
        choices = tuple(o.id for o in node.options)
        how = "any of them joined by '.'" if node.is_multiple else "one of them"
        raise AnswerError(
            f"the answers stop before the result: question {node.id!r} needs an answer ({how}: {list(choices)})",
            question=node.id,
            choices=choices,
        )
    off_path = [q for q in answers if q not in {s.question.id for s in steps}]
    if off_path:
        raise AnswerError(
            f"question {off_path[0]!r} is not on the path these answers take "
            f"(the path asks {[s.question.id for s in steps]})",
            question=off_path[0],
        )
    return Decision(result=node, path=steps)


def paths(tree: Tree) -> Iterator[Decision]:
    """Every path to a result of one part, in declaration order (depth first): in a tree with a
    fork, every path of each need named alone. A checklist on the way is answered with its
    exclusive option (or its first one when it has none)."""
    first = start(tree)
    for opening in ((first.id, o) for o in first.options) if first.is_fork else ((None, None),):
        prefix = {opening[0]: opening[1].id} if opening[0] else {}
        yield from _completed(tree, prefix)


def combinations(tree: Tree, size: int = 2) -> Iterator[Decision]:
    """Every path of every ``size`` needs named together (a tree with a fork), each need's
    branch answered every way it can be: the compositions that ``paths`` never reaches."""
    first = start(tree)
    needs = [o for o in first.options if not o.exclusive] if first.is_fork else []
    for chosen in _subsets(needs, size):
        yield from _completed(tree, {first.id: SEPARATOR.join(o.id for o in chosen)})


# The alternatives of each decision already worked out, by tree and by the decision's answers:
# every rendering of a result (the quiz's data, the summary, the record, the JSON, the cost rows)
# asks for them, and each costs a walk of the tree per other answer.
_CHANGES: dict[int, tuple[Tree, dict[tuple[tuple[str, str], ...], tuple[Alternative, ...]]]] = {}


def what_would_change(tree: Tree, decision: Decision) -> tuple[Alternative, ...]:
    """For each answer on the path (checklists aside), where each other answer would lead if only
    it changed; for a fork, each need added or removed. Worked out once per tree and answers."""
    known = _kept(_CHANGES, tree, dict)
    key = tuple(decision.answers.items())
    if key not in known:
        known[key] = _what_would_change(tree, decision)
    return known[key]


def _what_would_change(tree: Tree, decision: Decision) -> tuple[Alternative, ...]:
    alternatives = []
    answers = decision.answers
    for step in decision.path:
        if step.question.is_checklist:
            continue
        for option, change, answer in _others(step):
            changed = {**answers, step.question.id: answer}
            reached = _reach(tree, changed)
            node = reached if isinstance(reached, Question) else compose(tree, reached)
            ends = _ends(tree, changed)
            alternatives.append(Alternative(
                question=step.question, option=option, change=change, answer=answer,
                result=node if isinstance(node, Result) else None,
                next_question=node if isinstance(node, Question) else None,
                verdicts=frozenset(verdict for verdict, _ in ends), effect=_effect(decision.result, ends),
            ))
    return tuple(alternatives)


def reachable_outcomes(tree: Tree, node_id: str) -> tuple[Outcome, ...]:
    """Every outcome some answers lead to from a node, in declaration order."""
    found = _reachable(tree, node_id)
    return tuple(o for o in tree.outcomes if o.id in found)


def boldest(tree: Tree, node_id: str) -> int:
    """The highest boldness (see model.BOLDNESS) of the outcomes reachable from a node."""
    return max(BOLDNESS[o.verdict] for o in reachable_outcomes(tree, node_id))


# Helper functions ----------------------------------------------------------------


def _question(tree: Tree, question_id: str) -> Question:
    question = tree.question(question_id)
    if question is None:
        choices = tuple(q.id for q in tree.questions)
        raise AnswerError(
            f"unknown question {question_id!r} (must be one of {list(choices)})",
            question=question_id,
            choices=choices,
        )
    return question


def _following(tree: Tree, options: tuple[Option, ...]) -> Question | Outcome:
    """Where a choice question's one chosen option leads."""
    (option,) = options
    return tree.question(option.next) or tree.outcome(option.next)  # type: ignore[return-value]


def _follow(tree: Tree, node: Question | Outcome, answers: Mapping[str, str], steps: list[Step], route: list[str] | None = None) -> Question | Outcome:
    """Follow choice answers from a node until an outcome or an unanswered question; a question
    already on ``steps`` keeps its answer and is not added again. ``route`` collects the ids of
    the questions passed, those already on ``steps`` included."""
    seen = {s.question.id for s in steps}
    while isinstance(node, Question) and node.id in answers:
        options = parse_answer(node, answers[node.id])
        if node.id not in seen:
            steps.append(Step(question=node, options=options))
            seen.add(node.id)
        if route is not None:
            route.append(node.id)
        node = _following(tree, options)
    return node


def _branches(tree: Tree, answers: Mapping[str, str], steps: list[Step]) -> Question | list[tuple[Option | None, Outcome, tuple[str, ...]]]:
    """Walk each branch to its outcome: the (need, outcome, questions asked) reached, or the
    first question still to answer."""
    first = start(tree)
    if not first.is_fork:
        node = _follow(tree, first, answers, steps)
        return node if isinstance(node, Question) else [(None, node, tuple(s.question.id for s in steps))]
    if first.id not in answers:
        return first
    needs = parse_answer(first, answers[first.id])
    steps.append(Step(question=first, options=needs))
    reached = []
    for need in needs:
        route: list[str] = []
        node = _follow(tree, tree.node(need.next), answers, steps, route)  # type: ignore[arg-type]
        if isinstance(node, Question):
            return node
        reached.append((need, node, tuple(route)))
    return reached


def _completed(tree: Tree, answers: dict[str, str]) -> Iterator[Decision]:
    """Every decision that completes these answers: each pending choice answered every way, each
    pending checklist with its default answer."""
    steps, node = walk(tree, answers)
    if isinstance(node, Result):
        yield Decision(result=node, path=steps)
        return
    if node.is_checklist:
        yield from _completed(tree, {**answers, node.id: _default(node).id})
        return
    for option in node.options:
        yield from _completed(tree, {**answers, node.id: option.id})


def _subsets(items: list[Option], size: int) -> Iterator[tuple[Option, ...]]:
    """Every ``size`` of the items, in their order."""
    if size == 0:
        yield ()
        return
    for index, first in enumerate(items):
        for rest in _subsets(items[index + 1:], size - 1):
            yield (first, *rest)


def _others(step: Step) -> Iterator[tuple[Option, str, str]]:
    """Each other answer to a step: (the option that differs, how, the answer as written)."""
    question = step.question
    if not question.is_fork:
        for option in question.options:
            if option.id != step.option.id:
                yield option, "switch", option.id
        return
    chosen = set(step.options)
    for option in question.options:
        if option in chosen:
            if len(chosen) > 1:
                yield option, "remove", SEPARATOR.join(o.id for o in question.options if o in chosen and o != option)
        elif option.exclusive or any(o.exclusive for o in chosen):
            yield option, "add", option.id
        else:
            yield option, "add", SEPARATOR.join(o.id for o in question.options if o in chosen or o == option)


def _default(checklist: Question) -> Option:
    return next((o for o in checklist.options if o.exclusive), checklist.options[0])


def _effect(current: Result, ends: frozenset[End]) -> str:
    """How far the results a change can still reach differ from the current one."""
    own = _end(current)
    if all(end == own for end in ends):
        return "none"
    if all(verdict == current.verdict for verdict, _ in ends):
        return "outcome"
    return "verdict"


# What a result is to the alternatives: its verdict and its parts' outcome ids, in any order
# (two results with the same end are the same to Result.same).
End = tuple[str, frozenset[str]]


def _end(result: Result) -> End:
    return result.verdict, frozenset(o.id for o in result.outcomes)

# The ends already worked out, by tree and by what they depend on (see _ends_from).
_ENDS: dict[int, tuple[Tree, dict[Any, frozenset[End]]]] = {}


def _ends(tree: Tree, answers: Mapping[str, str]) -> frozenset[End]:
    """The distinct ends of every result these answers can still reach, each unanswered choice
    question answered every way (the fork, unanswered, with each need alone)."""
    branches = _openings(tree, answers)
    if isinstance(branches, Question):  # the fork
        return frozenset().union(*(_ends(tree, {**answers, branches.id: o.id}) for o in branches.options))
    return _ends_from(tree, (), branches, answers)


def _ends_from(tree: Tree, reached: tuple[tuple[Option | None, Outcome], ...],
               branches: tuple[tuple[Option | None, Question | Outcome], ...], answers: Mapping[str, str]) -> frozenset[End]:
    """The ends once each of ``branches`` (a need and the node its walk is at) is walked on from
    where it is, after the branches that already ``reached`` an outcome.

    What they are depends only on the outcomes reached, the nodes the walks are at and the
    answers to the questions these nodes can still lead to (an earlier branch's walk is over,
    and an answer added here answers a question no walk has passed), so they are worked out
    once per tree for each such state: the same states come back for every answer changed on
    every path."""
    known, below = _kept(_ENDS, tree, dict), _below(tree)
    done = list(reached)
    for index, (need, node) in enumerate(branches):
        node = _walk_on(tree, node, answers)
        if isinstance(node, Outcome):
            done.append((need, node))
            continue
        rest = ((need, node), *branches[index + 1:])
        key = (tuple((n.id if n else None, o.id) for n, o in done), tuple((n.id if n else None, b.id) for n, b in rest),
               frozenset(a for a in answers.items() if any(a[0] in below[b.id] for _, b in rest)))
        if key not in known:
            known[key] = frozenset().union(*(_ends_from(tree, tuple(done), rest, {**answers, node.id: o.id}) for o in node.options))
        return known[key]
    outcomes = frozenset(outcome.id for _, outcome in done)  # the verdict depends on the outcomes alone
    if outcomes not in known:
        known[outcomes] = frozenset({_end(compose(tree, ((need, outcome, ()) for need, outcome in done)))})
    return known[outcomes]


def _reach(tree: Tree, answers: Mapping[str, str]) -> Question | list[tuple[Option | None, Outcome, tuple[str, ...]]]:
    """Where the answers lead, as ``_branches`` says, without recording the steps: the first
    question still to answer, or what each branch reached (with no route)."""
    branches = _openings(tree, answers)
    if isinstance(branches, Question):  # the fork
        return branches
    reached = []
    for need, node in branches:
        node = _walk_on(tree, node, answers)
        if isinstance(node, Question):
            return node
        reached.append((need, node, ()))
    return reached


def _openings(tree: Tree, answers: Mapping[str, str]) -> Question | tuple[tuple[Option | None, Question | Outcome], ...]:
    """Where each branch starts: each need named and its first node, or the first question alone
    in a tree without a fork; the fork itself while it has no answer."""
    first = start(tree)
    if not first.is_fork:
        return ((None, first),)
    if first.id not in answers:
        return first
    return tuple((need, tree.node(need.next)) for need in parse_answer(first, answers[first.id]))  # type: ignore[misc]


def _walk_on(tree: Tree, node: Question | Outcome, answers: Mapping[str, str]) -> Question | Outcome:
    """Follow the choice answers from a node, without recording them: the outcome, or the first
    question still to answer."""
    while isinstance(node, Question) and node.id in answers:
        node = _following(tree, parse_answer(node, answers[node.id]))
    return node


def _reachable(tree: Tree, node_id: str) -> frozenset[str]:
    """Ids of the nodes reachable from a node (its own included), outcomes and questions:
    computed once per tree for every node. Ids are unique across both."""
    found = _below(tree)
    if node_id not in found:
        _question(tree, node_id)  # names the unknown node
    return found[node_id]


def _kept(cache: dict[int, tuple[Tree, Any]], tree: Tree, make: Callable[[], Any]) -> Any:
    """What a cache keyed by tree holds for this tree, made on first use. The tree is kept beside
    it, so its id names no other tree while the entry lives."""
    entry = cache.get(id(tree))
    if entry is None:
        entry = cache[id(tree)] = (tree, make())
    return entry[1]


def _below(tree: Tree) -> dict[str, frozenset[str]]:
    """For each node, the ids of the nodes it leads to, its own included (kept per tree)."""
    return _kept(_BELOW, tree, lambda: _below_map(tree))


def _below_map(tree: Tree) -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {o.id: frozenset({o.id}) for o in tree.outcomes}
    pending = [q for q in tree.questions]
    while pending:  # a validated tree has no cycle, so every pass settles at least one question
        for question in list(pending):
            targets = () if question.is_checklist else tuple(o.next for o in question.options)
            if all(t in found for t in targets):
                found[question.id] = frozenset({question.id}).union(*(found[t] for t in targets))
                pending.remove(question)
    return found


_BELOW: dict[int, tuple[Tree, dict[str, frozenset[str]]]] = {}
