"""Times the crafted Markdown shapes of Tests/MarkdownTests/PathologicalInput.swift (same constructions, 1 MiB
each) with Debian's cmark-gfm CLI and with `paraready render`, and prints a Markdown table.

usage: markdown_shapes.py PATH/TO/paraready TIMEOUT_SECONDS
"""

import subprocess
import sys
import tempfile
import time

MIN = 1 << 20


def fill(width):
    return MIN // width + 1


def repeated(unit, prefix="", suffix=""):
    return prefix + unit * fill(len(unit.encode())) + suffix


def backticks():
    parts, size, width = [], 0, 1
    while size < MIN:
        part = "e" + "`" * width
        parts.append(part)
        size += len(part)
        width += 1
    return "".join(parts)


def references():
    parts, size, label = [], 0, 0
    while size < MIN:
        part = "[%d]: u\n" % label
        parts.append(part)
        size += len(part)
        label += 1
    return "".join(parts) + "[0] " * 1000


def table(columns, body):
    return "|" + "x|" * columns + "\n|" + "-|" * columns + "\n" + body


SHAPES = [
    ("html-comment-openers", "CVE-2023-22484", lambda: repeated("<!--", prefix="</")),
    ("image-bracket-links", "CVE-2023-22486", lambda: repeated("![[]()")),
    ("processing-instructions", "CVE-2023-22483", lambda: repeated("<?x", prefix="-1", suffix="y\n")),
    ("table-pipe-dash-lines", "CVE-2023-22483", lambda: repeated("|-\nt>|-\n", suffix="y\n")),
    ("emphasis-star-underscore", "CVE-2023-22483", lambda: "*t " * fill(8) + "_t*_ " * fill(8)),
    ("table-long-pipe-row", "CVE-2023-22483", lambda: repeated("|", prefix="x\n| - |\n", suffix="y\n")),
    ("autolink-underscore-www", "CVE-2023-22483", lambda: repeated("z_www.", suffix="\n")),
    ("reference-title-rescan", "CVE-2023-22483", lambda: repeated("[f]\n", prefix='[f]:u\n"\n', suffix='[f]:u "t\n')),
    ("autolink-www-parens", "CVE-2023-22483", lambda: repeated(")", prefix="www.", suffix="\n")),
    ("table-colon-lines", "CVE-2023-22483", lambda: repeated(":\n", prefix=":-\n", suffix=":-\n")),
    ("autolink-angle-http", "CVE-2023-22483", lambda: repeated("<http://s", suffix="\n")),
    ("strikethrough-tildes", "CVE-2023-22483", lambda: repeated(",z~~", prefix="~e", suffix="\n")),
    ("blockquote-markers-dots", "CVE-2023-22483", lambda: ">" * fill(2) + "." * fill(2) + "\n"),
    ("blockquote-markers-emphasis", "CVE-2023-24824", lambda: ">" * fill(3) + "a*" * fill(3) + "\n"),
    ("nested-list-markers-blank-lines", "CVE-2023-24824", lambda: " -" * fill(3) + "x" + "\n" * fill(3)),
    ("underscore-runs", "CVE-2023-26485", lambda: "_" * fill(2) + "." + "_" * fill(2) + "\n"),
    ("ordered-list-items", "CVE-2023-26485", lambda: repeated(" 2.\n", prefix="1.\n")),
    ("empty-list-items", "CVE-2023-26485", lambda: repeated(" -\n", suffix="x\n")),
    ("table-wide-header", "CVE-2023-37463", lambda: "|" + "x|" * fill(4) + "\n|" + "-|" * fill(4) + "\n"),
    ("table-many-columns", "CVE-2023-37463", lambda: table(2000, "a\n" * fill(2))),
    ("table-autocompleted-cells", "CVE-2023-37463", lambda: table(20, "a\n" * fill(2))),
    ("footnote-definitions-blank-lines", "CVE-2023-37463", lambda: "[^1]:\n" * fill(7) + "\n" * fill(7)),
    ("footnote-references", "output amplification", lambda: repeated("[^1] ", prefix="[^1]: x\n\n")),
    ("email-at-signs", "autolink extension", lambda: repeated("a@")),
    ("nested-brackets", "cmark pathological", lambda: "[" * fill(2) + "a" + "]" * fill(2)),
    ("nested-block-quotes", "cmark pathological", lambda: repeated("> ", suffix="a")),
    ("link-openers-no-closers", "cmark pathological", lambda: repeated("[a")),
    ("unclosed-links", "cmark pathological", lambda: repeated("[a](b")),
    ("mismatched-emphasis", "cmark pathological", lambda: repeated("*a_ ")),
    ("backtick-runs", "cmark pathological", backticks),
    ("many-references", "cmark pathological", references),
    ("www-words", "autolink extension", lambda: repeated("www. ")),
]

CMARK = ["cmark-gfm", "-e", "footnotes", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter",
         "-e", "tasklist"]


def timed(command, path, timeout):
    start = time.monotonic()
    try:
        with open(path, "rb") as source:
            done = subprocess.run(command, stdin=source, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, ""
    if done.returncode != 0 and command[0] == "cmark-gfm":
        sys.exit("cmark-gfm failed (%d): %s" % (done.returncode, done.stderr.decode(errors="replace")[:200]))
    return time.monotonic() - start, done.stderr.decode(errors="replace").strip()


def main():
    binary, timeout = sys.argv[1], float(sys.argv[2])
    print("\n## Markdown: crafted slow inputs (1 MiB each)\n")
    print("cmark-gfm is Debian's CLI (0.29.0.gfm.6, no guard); paraready renders untrusted (guard on).\n")
    print("| shape | source | bytes | cmark-gfm s | paraready s | paraready outcome |")
    print("|---|---|--:|--:|--:|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name, source, make in SHAPES:
            path = "%s/%s.md" % (tmp, name)
            text = make()
            with open(path, "w") as out:
                out.write(text)
            raw, _ = timed(CMARK, path, timeout)
            guarded, err = timed([binary, "render", path], path, timeout)
            outcome = "rendered"
            if guarded is None:
                outcome = "TIMEOUT"
            elif "rejected (" in err:
                outcome = "rejected: " + err.split("rejected (", 1)[1].split(")", 1)[0]
            elif err:
                outcome = "error"
            cell = lambda t: "> %g (timeout)" % timeout if t is None else "%.3f" % t
            print("| %s | %s | %d | %s | %s | %s |" % (name, source, len(text.encode()), cell(raw), cell(guarded),
                                                       outcome))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
