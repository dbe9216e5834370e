#!/usr/bin/env python3
"""Benchmarks `paraready site build` against Hugo and measures `site serve` single-page rebuilds.

Corpora come from the shared gen_site.py (deterministic): `--format content` for ParaReady, `--format hugo` for
Hugo (minimal layouts with table of contents, Chroma highlighting, tag pages, RSS for home/sections/terms and a
sitemap). Both write to tmpfs (/dev/shm), output removed before every run; wall time is the median of the runs,
peak memory the largest maximum RSS reported by /usr/bin/time -v. Appends a Markdown section to --results.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def shared_dir(root):
    env = os.environ.get("PARAREADY_SHARED")
    if env:
        return env
    d = os.path.abspath(root)
    while d != "/":
        if os.path.exists(os.path.join(d, "shared", "DESIGN.md")):
            return os.path.join(d, "shared")
        d = os.path.dirname(d)
    sys.exit("bench: cannot find shared/ (set PARAREADY_SHARED)")


def timed(cmd, cwd=None, env=None):
    """Runs cmd under /usr/bin/time -v; returns (wall seconds, max RSS KiB, stderr text, CPU seconds)."""
    start = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.monotonic() - start
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed ({p.returncode}):\n{p.stderr[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1))
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", p.stderr).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", p.stderr).group(1))
    return wall, rss, p.stderr, user + system


def load_average():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def count_files(path):
    return sum(len(files) for _, _, files in os.walk(path))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--results", required=True)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--site-results", help="also write the section alone to this file (bench/results/site.md)")
    a = ap.parse_args()
    gen = os.path.join(shared_dir(a.root), "bench", "gen_site.py")
    theme = os.path.join(a.root, "site")
    work = tempfile.mkdtemp(prefix="paraready-bench-", dir="/dev/shm")
    hugo = shutil.which("hugo") if not a.no_hugo else None
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1] if hugo else "-"
    rows = []
    loads = []
    rebuilds = {}
    index_sizes = {}
    try:
        for n in [int(x) for x in a.sizes.split(",")]:
            src = os.path.join(work, f"c{n}")
            subprocess.run([sys.executable, gen, "-n", str(n), "-o", src, "-f", "content"], check=True)
            out = os.path.join(work, f"out{n}")
            with open(os.path.join(src, "site.toml"), "w") as f:
                f.write(f'title = "Synthetic benchmark site"\nbase_url = "https://example.org/"\n'
                        f'theme_dir = "{theme}"\noutput_dir = "{out}"\n')
            hsrc = os.path.join(work, f"h{n}")
            hout = os.path.join(work, f"hout{n}")
            if hugo:
                subprocess.run([sys.executable, gen, "-n", str(n), "-o", hsrc, "-f", "hugo"], check=True)
            # Runs alternate between the two tools so that both see the same machine load.
            walls, rsss, cpus, pages = [], [], [], 0
            hwalls, hrss, hcpus = [], [], []
            for _ in range(a.runs):
                loads.append(load_average())
                shutil.rmtree(out, ignore_errors=True)
                w, r, err, c = timed([a.bin, "site", "build", "--root", src])
                walls.append(w)
                rsss.append(r)
                cpus.append(c)
                pages = int(re.search(r"→ (\d+) HTML pages", err).group(1))
                if hugo:
                    shutil.rmtree(hout, ignore_errors=True)
                    w, r, _, c = timed(["hugo", "--quiet", "-d", hout], cwd=hsrc)
                    hwalls.append(w)
                    hrss.append(r)
                    hcpus.append(c)
            index_sizes[n] = os.path.getsize(os.path.join(out, "search-index.json"))
            files = count_files(out)
            pr = (statistics.median(walls), max(rsss), pages, files, statistics.median(cpus))
            hg = None
            if hugo:
                hg = (statistics.median(hwalls), max(hrss), count_files(hout), statistics.median(hcpus))
                shutil.rmtree(hsrc, ignore_errors=True)
                shutil.rmtree(hout, ignore_errors=True)
            rows.append((n, pr, hg))
            if n == max(int(x) for x in a.sizes.split(",")):
                rebuilds = measure_rebuilds(a.bin, src, os.path.join(work, f"serve{n}"))
            shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = ["## Site generator: ParaReady vs Hugo", ""]
    lines.append(f"Corpus: `gen_site.py --format content` (ParaReady) and `--format hugo` (Hugo {hugo_version}), "
                 f"same seed; output on tmpfs; {a.runs} runs each, median wall time. ParaReady renders every page with "
                 "heading anchors, a table of contents, Rust highlighting, tag pages, section lists, previous/next "
                 "links, a sitemap, robots.txt, a 404 page and the search index, and checks every internal link; Hugo's "
                 "setup has table of contents, Chroma highlighting, tag pages, RSS feeds and a sitemap. Pages/s is "
                 "content pages (the corpus size) per second of wall time; CPU is user + system seconds. The "
                 f"two tools' runs alternate; load average (1 min) at the start of the runs: {min(loads):.1f} to "
                 f"{max(loads):.1f} on {os.cpu_count()} cores (other jobs on the machine slow both tools).")
    lines.append("")
    lines.append("| pages | tool | wall (s) | pages/s | CPU (s) | pages per CPU-second | peak RSS (MiB) | files written |")
    lines.append("|---:|---|---:|---:|---:|---:|---:|---:|")
    for n, pr, hg in rows:
        lines.append(f"| {n:,} | ParaReady | {pr[0]:.2f} | {n / pr[0]:,.0f} | {pr[4]:.2f} | {n / pr[4]:,.0f} | "
                     f"{pr[1] / 1024:.0f} | {pr[3]:,} |")
        if hg:
            lines.append(f"| {n:,} | Hugo | {hg[0]:.2f} | {n / hg[0]:,.0f} | {hg[3]:.2f} | {n / hg[3]:,.0f} | "
                         f"{hg[1] / 1024:.0f} | {hg[2]:,} |")
    lines.append("")
    if any(hg for _, _, hg in rows):
        lines.append("| pages | pages/s ratio (ParaReady / Hugo) | peak RSS ratio (ParaReady / Hugo) | targets at 10k pages (≥ 5×, ≤ 0.10) |")
        lines.append("|---:|---:|---:|---|")
        for n, pr, hg in rows:
            if hg:
                speed = hg[0] / pr[0]
                mem = pr[1] / hg[1]
                if n != 10000:
                    ok = "(targets are set at 10k pages)"
                else:
                    ok = "met" if speed >= 5 and mem <= 0.10 else "not met"
                lines.append(f"| {n:,} | {speed:.2f}× | {mem:.3f} | {ok} |")
        lines.append("")
    lines.append("Search index (`search-index.json`: title, headings and the first 300 characters of text per page): " +
                 ", ".join(f"{n:,} pages → {size / 1024:,.0f} KiB ({size / n:.0f} bytes/page)" for n, size in sorted(index_sizes.items())) + ".")
    lines.append("")
    if rebuilds:
        lines.append(f"`site serve` on the {max(int(x) for x in a.sizes.split(',')):,}-page corpus, time the server reports for "
                     "the rebuild after a saved edit (inotify debounce of 100 ms not included), median of "
                     f"{len(rebuilds['body'])} edits: body edit **{statistics.median(rebuilds['body']):.1f} ms** "
                     f"(max {max(rebuilds['body']):.1f}), title edit (lists, tags and neighbours re-rendered) "
                     f"{statistics.median(rebuilds['title']):.1f} ms (max {max(rebuilds['title']):.1f}). Target: a "
                     "single-page rebuild under 100 ms.")
        lines.append("")
    with open(a.results, "a") as f:
        f.write("\n".join(lines) + "\n")
    if a.site_results:
        with open(a.site_results, "w") as f:
            f.write("\n".join(["# Site generator benchmark", ""] + lines[2:]) + "\n")
    print("\n".join(lines))


def measure_rebuilds(binary, src, out):
    """Starts `site serve`, edits pages, and reads the rebuild times it logs."""
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log_path = out + ".log"
    log = open(log_path, "w")
    proc = subprocess.Popen([binary, "site", "serve", "--root", src, "--port", str(port), "--output", out],
                            stdout=log, stderr=log)
    results = {"body": [], "title": []}
    try:
        wait_for(log_path, "Ctrl-C stops", 120)
        posts = os.path.join(src, "content", "posts")
        for kind, count in (("body", 7), ("title", 5)):
            for k in range(count):
                page = os.path.join(posts, f"page-{(k * 977 + 13) % 1000:05d}.md")
                text = open(page).read()
                if kind == "body":
                    text += f"\nAn edited paragraph, number {k}.\n"
                else:
                    text = text.replace('title: "', f'title: "Edited {k} ', 1)
                seen = count_lines(log_path, "rebuilt")
                with open(page, "w") as f:
                    f.write(text)
                line = wait_for(log_path, "rebuilt", 30, after=seen)
                results[kind].append(float(re.search(r"in ([\d.]+) ms", line).group(1)))
                time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()
        shutil.rmtree(out, ignore_errors=True)
    return results


def count_lines(path, needle):
    with open(path) as f:
        return sum(1 for line in f if needle in line)


def wait_for(path, needle, timeout, after=0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with open(path) as f:
            hits = [line for line in f if needle in line]
        if len(hits) > after:
            return hits[after]
        with open(path) as f:
            if "error:" in f.read():
                sys.exit(f"bench: site serve reported an error:\n{open(path).read()[-2000:]}")
        time.sleep(0.02)
    sys.exit(f"bench: timed out waiting for '{needle}' in {path}:\n{open(path).read()[-2000:]}")


if __name__ == "__main__":
    main()
