"""The command line, for good and bad input: run as a subprocess where the process itself is
what is checked (exit status, standard streams, environment, the interactive quiz), and in this
process (its ``main``) where only what it prints and returns is."""

from __future__ import annotations

import datetime as dt
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from decision_tree import LANGUAGES, TREE, __version__, paths, tree, ui
from decision_tree.cli import main
from decision_tree.render.madr import decision_record
from decision_tree.versions import published

from ..fake_dot import FAILS, fake_dot
from .command import in_process

PATHS = list(paths(TREE))
V1_PATHS = list(paths(published()[1]))
OLD_PATHS = [(v, p) for v in sorted(published()) if v != TREE.version for p in paths(published()[v])]
NOT_SURE = ("needs=not-sure", "evaluation-data=none")


COMMAND = [sys.executable, "-m", "decision_tree"]


def run(*args: str, stdin: str = "", **options) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*COMMAND, *args], input=stdin, capture_output=True, text=True, timeout=60, **options)


def run_in_process(*args: str) -> tuple[int, str, str]:
    done = in_process(*args)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("journey", PATHS, ids=[p.result.id + ":" + ",".join(p.answers.values()) for p in PATHS])
def test_decide_prints_the_outcome_of_every_path_as_json(journey) -> None:
    status, out, err = run_in_process("decide", *(f"{q}={o}" for q, o in journey.answers.items()), "--format", "json")
    assert status == 0, err
    data = json.loads(out)
    assert (data["outcome"], data["verdict"]) == (journey.result.id, journey.result.verdict)
    assert data["answers"] == journey.answers
    assert data["tree_version"] == TREE.version
    assert data["result"]["title"] == journey.result.single.title  # texts, not only ids
    assert [p["outcome"] for p in data["result"]["parts"]] == [journey.result.single.id]
    assert [a["question"] for a in data["assumptions"]] == [s.question.id for s in journey.path if s.option.unsure]
    assert len(data["rivals"]) >= 2 and all(r["text"] for r in data["rivals"])


@pytest.mark.parametrize("version, journey", OLD_PATHS, ids=lambda x: str(x) if isinstance(x, int) else x.result.id + ":" + ",".join(x.answers.values()))
def test_every_published_link_of_an_older_version_resolves_to_its_own_outcome(version, journey) -> None:
    link = f"https://docs.example/g/quiz/#v={version}&" + "&".join(f"{q}={a}" for q, a in journey.answers.items())
    status, out, err = run_in_process("decide", "--link", link, "--format", "json")
    assert status == 0, err
    data = json.loads(out)
    assert list(data) == ["link", "current", "verdict_changed", "readings"]
    assert data["link"] == {"tree_version": version, "outcome": journey.result.id, "verdict": journey.result.verdict}
    current = data["current"]
    assert current["tree_version"] == TREE.version
    if current["outcome"] is None:
        assert current["verdict"] is None and data["verdict_changed"] is None and len(current["missing"]) == 1
    else:
        assert data["verdict_changed"] == (current["verdict"] != journey.result.verdict)


def test_a_v2_link_whose_verdict_changed_says_why_and_how_its_answers_read_now() -> None:
    link = "#v=2&problem=behaviour&behaviour-failure=ignores-rules&stronger-model=too-costly&training-data=yes&task-count=one"
    result = run("decide", "--link", link)
    assert result.returncode == 0, result.stderr
    assert "Version 2 decided: Fine-tune for the behaviour (Fine-tuning (full or parameter-efficient))." in result.stdout
    assert "Version 3 reads \u201cIt ignores the output format or the instructions we give it\u201d (What stands in the way?) as \u201cFormat or rules\u201d (What does it need?)." in result.stdout
    assert "needs more answers first, starting with: \u201cDo you have labelled examples of the task" in result.stdout
    assert "Permalink: quiz/#v=3&needs=format&behaviour-failure=ignores-rules&stronger-model=too-costly\n" in result.stdout


def test_a_v1_link_that_still_holds_says_so() -> None:
    result = run("decide", "--link", "#v=1&information-source=not-sure", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("### This link was made with tree version 1\n")
    assert "it still holds" in result.stdout


def test_a_link_is_read_by_its_fragment_whatever_its_address() -> None:
    """Only the part after the first '#' counts, as for the quiz: the address before it is not parsed."""
    for address in ("http://[::1", "javascript:alert(1)", "https://example.org:99999/guide/quiz/"):
        result = run("decide", "--link", address + "#v=1&information-source=not-sure")
        assert result.returncode == 0, result.stderr
        assert "Version 1 decided: Start with a prompted baseline" in result.stdout


def test_a_current_link_compares_with_itself() -> None:
    journey = PATHS[0]
    link = "#v=3&" + "&".join(f"{q}={a}" for q, a in journey.answers.items())
    status, out, _ = run_in_process("decide", "--link", link, "--format", "json")
    assert status == 0
    assert json.loads(out)["verdict_changed"] is False


@pytest.mark.parametrize("form", ["text", "markdown", "madr"])
def test_a_current_link_as_text_is_its_result_not_a_comparison(form: str) -> None:
    """A link made with the current tree has nothing to be compared with: it reads as the same
    answers given one by one would."""
    journey = PATHS[0]
    link = "#v=3&" + "&".join(f"{q}={a}" for q, a in journey.answers.items())
    status, out, _ = run_in_process("decide", "--link", link, "--format", form, "--date", "2026-12-06")
    answers = [f"{q}={a}" for q, a in journey.answers.items()]
    assert (status, out) == (0, run_in_process("decide", *answers, "--format", form, "--date", "2026-12-06")[1])
    assert "was made with tree version" not in out


def test_decide_as_text_shows_outcome_path_reasons_changes_and_links() -> None:
    answers = ("needs=request-input", "input-task=fits-prompt", "prompt-result=yes", "evaluation-data=none")
    result = run("--site-url", "https://docs.example/g/", "decide", *answers)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Result: Prompting is enough\n")
    for heading in ("Your answers:", "Why:", "Ruled out:", "Caveats:", "Next steps:", "What would change this:", "Documented conclusions:"):
        assert heading in out
    assert "Does a careful prompt work? \u2192 No: more questions" in out
    assert "https://docs.example/g/conclusions/when-rag-does-not-fit/#request-input-goes-in-the-context" in out
    assert "Permalink: https://docs.example/g/quiz/#v=3&needs=request-input&input-task=fits-prompt&prompt-result=yes&evaluation-data=none" in out


def test_decide_as_text_marks_the_answers_that_decide_the_verdict_and_those_that_shape_the_outcome() -> None:
    result = run("decide", "needs=knowledge", "knowledge-base=yes", "knowledge-volume=not-sure", "change-frequency=yearly-or-never",
                 "stable-knowledge=checkable", "retrieval-where=own-team", "retrieval-needs=none", "evaluation-data=none")
    assert result.returncode == 0, result.stderr
    marks = [line[:4] for line in result.stdout.split("Your answers:\n")[1].splitlines() if line[2:3].isdigit()]
    assert marks == [" *1.", " *2.", " *3.", "  4.", " *5.", " +6.", "  7.", "  8."]  # where retrieval runs shapes the part, not the verdict
    assert "(* decides the verdict: another answer changes or may change it; + changes the parts within the same verdict)" in result.stdout


def test_decide_lists_assumptions_with_their_experiments_apart_from_the_reasons() -> None:
    result = run("decide", "needs=knowledge", "knowledge-base=not-sure", "evaluation-data=none")
    assert result.returncode == 0, result.stderr
    why, assumptions = result.stdout.split("Why:")[1].split("To check:")
    assert "the guide assumed it does not" not in why
    assert "Not sure (Is the knowledge written down?). To settle it: Write down 20 real questions" in assumptions


def test_decide_takes_a_checklist_and_adds_its_next_steps() -> None:
    answers = ("needs=knowledge", "knowledge-base=yes", "knowledge-volume=exceeds-context", "change-frequency=daily-or-weekly",
               "retrieval-where=own-team", "retrieval-needs=exact-identifiers.cite-sources", "evaluation-data=none")
    result = run("decide", *answers, "--format", "markdown")
    assert result.returncode == 0, result.stderr
    assert "retrieval-needs=cite-sources.exact-identifiers" in result.stdout  # the checklist's order, whatever the input's
    assert "- Look records up by exact key or metadata filter" in result.stdout


def test_decide_as_markdown_prints_a_design_doc_snippet() -> None:
    result = run("decide", *NOT_SURE, "--format", "markdown")
    assert result.returncode == 0
    assert result.stdout.startswith("### Decision: Start with a prompted baseline\n")
    assert "tree version 3." in result.stdout
    assert f"Decided on {dt.date.today().isoformat()}." in result.stdout  # today, unless --date says otherwise


def test_decide_as_madr_prints_the_decision_record_of_the_renderer() -> None:
    journey = next(p for p in PATHS if any(s.option.unsure for s in p.path))
    args = [f"{q}={a}" for q, a in journey.answers.items()]
    status, out, err = run_in_process("--site-url", "https://docs.example/g/", "decide", *args, "--format", "madr", "--date", "2026-02-03")
    assert status == 0, err
    assert out == decision_record(TREE, journey, ui(), guide_version=__version__, date="2026-02-03", site_url="https://docs.example/g/")
    assert out.startswith("---\nstatus: proposed\ndate: 2026-02-03\ndecision-makers:\n")


def test_decide_madr_of_a_link_is_the_record_of_the_link_s_own_decision() -> None:
    journey = V1_PATHS[0]
    link = "#v=1&" + "&".join(f"{q}={a}" for q, a in journey.answers.items())
    status, out, _ = run_in_process("decide", "--link", link, "--format", "madr", "--date", "2026-02-03")
    assert status == 0
    assert out == decision_record(published()[1], journey, ui(), guide_version=__version__, date="2026-02-03")


RAG = ["needs=knowledge", "knowledge-base=yes", "knowledge-volume=exceeds-context", "change-frequency=daily-or-weekly", "retrieval-where=own-team"]
BAD = {
    "unknown question": (["decide", "colour=blue"], "unknown question 'colour' (must be one of ['needs',"),
    "unknown answer": (["decide", "needs=maybe"], "unknown answer 'maybe' to question 'needs' (must be any of them joined by '.', or the exclusive one alone: ['knowledge', 'live-data', 'request-input', 'format', 'voice', 'skill', 'volume', 'open-ended', 'not-sure'])"),
    "no outcome": (["decide", "needs=request-input"], "question 'input-task' needs an answer (one of them: ['fits-prompt', 'many-labels', 'not-sure'])"),
    "no checklist answer": (["decide", *RAG], "question 'retrieval-needs' needs an answer (any of them joined by '.': ['cite-sources',"),
    "none with others": (["decide", *RAG, "retrieval-needs=none.cite-sources"], "combines 'none', which stands alone, with other answers"),
    "checklist repeat": (["decide", *RAG, "retrieval-needs=cite-sources.cite-sources"], "names an option twice"),
    "not sure with a need": (["decide", "needs=knowledge.not-sure"], "combines 'not-sure', which stands alone, with other answers"),
    "off path": (["decide", *NOT_SURE, "task-count=one"], "question 'task-count' is not on the path"),
    "not a pair": (["decide", "needs"], "expected QUESTION=ANSWER, e.g. needs=knowledge (got 'needs')"),
    "answered twice": (["decide", "needs=not-sure", "needs=request-input"], "question 'needs' is answered twice"),
    "no answers": (["decide"], "give the answers as QUESTION=ANSWER arguments, or a permalink with --link"),
    "link and answers": (["decide", "needs=not-sure", "--link", "#v=1"], "give either a permalink with --link or QUESTION=ANSWER arguments, not both"),
    "link without version": (["decide", "--link", "#needs=not-sure"], "the link does not say which tree version made it"),
    "link of no version": (["decide", "--link", "#v=9&needs=not-sure"], "tree version 9, which was never published (published: [1"),
    "link version in superscript": (["decide", "--link", "#v=\u00b2&needs=not-sure"], "the link's tree version '\u00b2' is not a version number"),
    "link version in Arabic-Indic digits": (["decide", "--link", "#v=\u0661&information-source=not-sure"], "the link's tree version '\u0661' is not a version number"),
    "link version in full-width digits": (["decide", "--link", "#v=\uff12&needs=not-sure"], "the link's tree version '\uff12' is not a version number"),
    "link version with a leading zero": (["decide", "--link", "#v=02&needs=not-sure"], "the link's tree version '02' is not a version number"),
    "link unreadable": (["decide", "--link", "#v=1&information-source"], "cannot read 'information-source' in the link (expected QUESTION=ANSWER, with any %XX escapes of UTF-8 bytes)"),
    "link off path": (["decide", "--link", "#v=1&information-source=not-sure&task-count=one"], "question 'task-count' is not on the path"),
    "unknown format": (["decide", *NOT_SURE, "--format", "pdf"], "invalid choice: 'pdf' (choose from"),
    "not a date": (["decide", *NOT_SURE, "--format", "madr", "--date", "26/11/2026"],
                   "argument --date: expected a date written YYYY-MM-DD, e.g. 2026-11-26 (got '26/11/2026')"),
    "no such day": (["decide", *NOT_SURE, "--date", "2026-02-30"], "expected a date written YYYY-MM-DD"),
    "unknown command": (["explain"], "invalid choice: 'explain'"),
    "export without format": (["export"], "the following arguments are required: --format"),
}


@pytest.mark.parametrize("args, message", BAD.values(), ids=BAD.keys())
def test_bad_input_exits_2_naming_the_culprit(args: list[str], message: str) -> None:
    status, out, err = run_in_process(*args)
    assert status == 2
    assert message in err
    assert out == ""


@pytest.mark.parametrize("case", ["unknown answer", "unknown format"])
def test_bad_input_ends_the_process_with_status_2(case: str) -> None:
    """The same, as a shell sees it: refused by the tree's rules, and by the argument parser."""
    args, message = BAD[case]
    result = run(*args)
    assert (result.returncode, result.stdout) == (2, "")
    assert message in result.stderr


def test_export_json_is_the_documented_format() -> None:
    data = json.loads(run("export", "--format", "json").stdout)
    assert (data["schema_version"], data["tree_version"]) == (3, TREE.version)
    assert [q["id"] for q in data["questions"]] == [q.id for q in TREE.questions]


def test_export_dot_and_svg(tmp_path) -> None:
    assert run("export", "--format", "dot").stdout.startswith("// Fine-tuning, RAG or prompting?")
    target = tmp_path / "tree.svg"
    assert run("export", "--format", "svg", "-o", str(target)).returncode == 0
    assert target.read_text().startswith("<svg")


def test_a_missing_dot_gets_install_instructions() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "decision_tree", "export", "--format", "svg"],
        capture_output=True, text=True, env={"PATH": "/nonexistent"},
    )
    assert result.returncode == 2
    assert "the Graphviz 'dot' executable was not found on PATH" in result.stderr
    assert "apt-get install graphviz" in result.stderr


def test_paths_lists_every_path_as_decide_arguments() -> None:
    lines = run("paths").stdout.splitlines()
    assert len(lines) == len(PATHS)
    outcome, answers = lines[0].split("\t")
    assert (outcome, answers) == ("knowledge-in-prompt", "needs=knowledge knowledge-base=yes knowledge-volume=fits retrieval-needs=none evaluation-data=none")
    rag = next(line for line in lines if line.startswith("rag\t"))
    assert rag.endswith(" retrieval-needs=none evaluation-data=none")  # a checklist on the way takes its answer that stands alone


def test_interactive_quiz_goes_back_rejects_nonsense_and_ends_at_an_outcome() -> None:
    result = run(stdin="3\nb\nb\nseven\n3\n1\n1\n4\n")
    assert result.returncode == 0
    out = result.stdout
    assert "This is the first question." in out
    assert "'seven' is not an answer here. Type numbers from 1 to 9, 'b' or 'q'." in out
    assert "Result: Prompting is enough" in out


def test_interactive_quiz_takes_several_answers_to_a_checklist() -> None:
    keys = "1 7\n1\n3\n1\n1\n1\n7, 1\n4 1\n4\n"  # two needs, then "none" with another (refused), then two answers
    result = run(stdin=keys)
    assert result.returncode == 0, result.stderr
    assert "'7, 1' is not an answer here. Type numbers from 1 to 7" in result.stdout
    assert "Knowledge it lacks: our documents, manuals, policies or product data; Lower cost or latency at volume" in result.stdout
    assert "Answers must cite or link the source they came from; Answers must reflect changes within hours" in result.stdout


def test_interactive_quiz_quits_without_an_outcome() -> None:
    result = run(stdin="1\nq\n")
    assert result.returncode == 0
    assert "Stopped; no outcome." in result.stdout and "Result:" not in result.stdout


def test_help_explains_commands_and_exit_status() -> None:
    out = run("--help").stdout
    assert "decide" in out and "export" in out
    assert "Exit status: 0 on success, 2 on bad input or output that cannot be written, 130 on Ctrl-C." in out


@pytest.mark.parametrize("command", ["ask", "decide", "paths", "export", "cost"])
def test_each_command_explains_itself(command: str, capsys) -> None:
    """Every command's ``--help`` prints its usage and options (a '%' in an option's description once
    crashed argparse's help with a traceback)."""
    with pytest.raises(SystemExit) as stopped:
        main([command, "--help"])
    out, err = capsys.readouterr()
    assert (stopped.value.code, err) == (0, "") and out.startswith(f"usage: python -m decision_tree {command}")
    if command in ("decide", "cost"):
        assert "--cache-percent NUMBER" in out and "fixed prompt read from the cache, %" in out


# Output that cannot be written, and signals: a message and status 2, or a quiet stop -------------

UNWRITABLE = {
    "a folder": ("/tmp", "cannot write '/tmp': Is a directory (check the path, its folder and the free space)"),
    "a missing folder": ("/nonexistent/x.json", "cannot write '/nonexistent/x.json': No such file or directory"),
    "a full disk": ("/dev/full", "cannot write '/dev/full': No space left on device"),
}


@pytest.mark.parametrize("target, message", UNWRITABLE.values(), ids=UNWRITABLE.keys())
def test_an_output_file_that_cannot_be_written_exits_2_naming_it(target: str, message: str) -> None:
    result = run("export", "--format", "json", "-o", target)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"decision_tree: error: {message}") and result.stderr.count("\n") == 1


def test_dash_writes_to_standard_output_and_creates_no_file(tmp_path: Path) -> None:
    result = run("export", "--format", "dot", "-o", "-", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("// Fine-tuning, RAG or prompting?")
    assert list(tmp_path.iterdir()) == []


def test_an_empty_output_name_is_refused() -> None:
    result = run("export", "--format", "json", "-o", "")
    assert (result.returncode, result.stdout) == (2, "")
    assert "argument -o/--output: expected a file name, or '-' for standard output (got an empty name)" in result.stderr


def test_a_failing_dot_exits_2_with_its_message(tmp_path: Path) -> None:
    result = run("export", "--format", "svg", env={**os.environ, "PATH": fake_dot(tmp_path, FAILS)})
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "decision_tree: error: the Graphviz 'dot' executable failed with exit status 3 "
        "(Error: syntax error in line 1); check the Graphviz installation with 'dot -V'\n"
    )


def test_a_terminal_that_cannot_show_the_text_exits_2_naming_the_fix() -> None:
    answers = ("decide", "needs=request-input", "input-task=fits-prompt", "prompt-result=yes", "evaluation-data=none")
    shown = run(*answers, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, encoding="utf-8").stdout
    first = next(c for c in shown if not c.isascii())  # the first character an ASCII terminal cannot show
    result = run(*answers, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 2
    assert result.stderr == (
        f"decision_tree: error: standard output's encoding (ascii) cannot show {ascii(first)}; "
        "use a UTF-8 locale or set PYTHONIOENCODING=utf-8\n"
    )


def as_at_a_terminal() -> None:
    """Ctrl-C interrupts, as it does for a command typed at a terminal. A process started in the
    background by a non-interactive shell (as CI runners and `timeout` may start the suite)
    inherits SIGINT ignored, and Python then never raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def waiting_for_input(pid: int) -> None:
    """Wait until the process sleeps in its read of the answer. A signal that arrives after the
    prompt is written but before that read starts is only noted by Python, to be acted on at its
    next step, and none comes while the read waits: a reader would press Ctrl-C again. Where
    there is no /proc, the test goes on at once."""
    stat = Path(f"/proc/{pid}/stat")
    for _ in range(3000):
        if not stat.exists() or stat.read_text().rpartition(")")[2].split()[0] == "S":  # the state follows the name
            return
        time.sleep(0.01)
    raise AssertionError(f"the quiz (pid {pid}) did not wait for an answer within 30 s")


def test_ctrl_c_at_the_prompt_ends_quietly_with_status_130() -> None:
    process = subprocess.Popen(COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               preexec_fn=as_at_a_terminal)
    try:
        shown = b""
        while not shown.endswith(b"> "):  # the prompt of the first question
            assert select.select([process.stdout], [], [], 30)[0], f"no prompt within 30 s; got {shown!r}"
            chunk = os.read(process.stdout.fileno(), 4096)
            assert chunk, f"the quiz ended before its prompt; got {shown!r}"
            shown += chunk
        waiting_for_input(process.pid)
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)  # stdin stays open: closed now, it could reach the prompt as end of input before the signal
        stderr = process.stderr.read()
    finally:
        process.kill()
    assert (process.returncode, stderr) == (130, b"")


# Languages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("journey", PATHS[::5], ids=lambda p: p.result.id)
def test_every_language_decides_the_same_ids_with_its_own_texts(journey) -> None:
    args = ["decide", *(f"{q}={a}" for q, a in journey.answers.items()), "--format", "json"]
    results = {}
    for language in LANGUAGES:
        status, out, err = run_in_process("--lang", language, *args)
        assert status == 0, err
        results[language] = json.loads(out)
    english, chinese = results["en"], results["zh"]
    for key in ("outcome", "verdict", "answers", "decisive", "conclusions", "sources"):
        assert english[key] == chinese[key]
    assert chinese["language"] == "zh" and chinese["result"]["title"] == tree("zh").outcome(journey.result.id).title
    assert english["result"]["title"] != chinese["result"]["title"]
    assert chinese["permalink"].startswith("zh/quiz/#v=3&")


def test_the_language_can_come_from_the_environment_and_a_bad_one_is_named() -> None:
    env = {**os.environ, "DECISION_TREE_LANG": "zh"}
    result = subprocess.run([sys.executable, "-m", "decision_tree", "decide", "needs=not-sure", "evaluation-data=none"], capture_output=True, text=True, env=env)
    assert result.returncode == 0 and "提示词基线" in result.stdout
    env["DECISION_TREE_LANG"] = "fr"
    result = subprocess.run([sys.executable, "-m", "decision_tree", "paths"], capture_output=True, text=True, env=env)
    assert result.returncode == 2
    assert result.stderr == "decision_tree: error: DECISION_TREE_LANG='fr' is not a language of the guide (must be one of ['en', 'zh'])\n"


def test_the_chinese_snippet_links_to_the_chinese_edition() -> None:
    result = run("--lang", "zh", "--site-url", "https://docs.example/g/", "decide", *NOT_SURE, "--format", "markdown")
    assert result.returncode == 0
    assert "(https://docs.example/g/zh/conclusions/#start-with-a-prompt)" in result.stdout
    assert "<https://docs.example/g/zh/quiz/#v=3&needs=not-sure&evaluation-data=none>" in result.stdout


def test_the_interactive_quiz_speaks_the_chosen_language() -> None:
    result = run("--lang", "zh", stdin="12\nq\n")
    assert "'12' 不是本题的答案。请输入 1 到 9 之间的编号，或输入 b、q。" in result.stdout
    assert "已退出，没有得出结果。" in result.stdout
