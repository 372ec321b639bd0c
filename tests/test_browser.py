"""The show's page in a real browser: Debian's Chromium driven through selenium against `narrator serve`.

Every episode's player plays (its time advances), a chapter or transcript link seeks its own player, the
captions track loads its cues, and the page logs no errors. Skipped, with the reason, where Chromium,
its driver or selenium cannot be had (`make setup` installs them as root on Debian).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from narrator.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = [EXAMPLES / "why-the-tide-comes-twice.txt", EXAMPLES / "rail-freight-in-numbers.md"]
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--autoplay-policy=no-user-gesture-required", "--mute-audio",
]

pytestmark = pytest.mark.slow


def _browser_parts() -> tuple[str, str]:
    """The Chromium and chromedriver binaries, or skip saying what is missing."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip("selenium is not installed (make setup installs the dev extra)")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        pytest.skip("Chromium or chromedriver is missing (as root, make setup installs chromium chromium-driver)")
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg is not installed (make setup installs it)")
    return browser, driver


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Two articles narrated with espeak-ng, served by `narrator serve` on 127.0.0.1; yields the page's URL."""
    _browser_parts()
    out = tmp_path_factory.mktemp("browser") / "out"
    result = CliRunner().invoke(main, ["narrate", *map(str, ARTICLES), "--voice", "espeak", "--output", str(out)])
    assert result.exit_code == 0, result.output
    server = subprocess.Popen([sys.executable, "-m", "narrator.cli", "serve", "--output", str(out), "--port", "0"],
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert server.stderr is not None
        line = server.stderr.readline()
        found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        assert found, f"narrator serve said {line!r}"
        yield found.group(1)
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium with a fresh profile; its console messages are kept for the test to read."""
    binary, driver_path = _browser_parts()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    profile = tempfile.mkdtemp(prefix="narrator-chromium-")
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait(condition: Any, what: str, timeout: float = 20.0) -> Any:
    """Poll condition() until it is truthy; fail saying what never happened."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"{what} within {timeout:.0f} s")


def _current_times(driver: Any) -> list[float]:
    return [float(t) for t in driver.execute_script(
        "return Array.from(document.querySelectorAll('audio')).map(a => a.currentTime)")]


def test_the_page_plays_seeks_and_captions_without_errors(served: str, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    browser.get(served)
    articles = browser.find_elements(By.TAG_NAME, "article")
    assert len(articles) == 2
    for index in range(2):  # every player plays: its time advances
        # The next pause may come before this playback starts: its promise is then rejected, which is no page error.
        browser.execute_script("var a = document.querySelectorAll('audio'); a.forEach(p => p.pause());"
                               "a[arguments[0]].play().catch(() => {});", index)
        _wait(lambda i=index: _current_times(browser)[i] > 0.5, f"player {index + 1} did not advance")
    browser.execute_script("document.querySelectorAll('audio').forEach(p => p.pause());")

    browser.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    links = [a for a in articles[1].find_elements(By.CSS_SELECTOR, "a[data-start]")
             if float(a.get_attribute("data-start") or 0) > 3.0]
    assert links, "the second episode has no chapter or transcript link past its opening"
    link = links[len(links) // 2]
    target = float(link.get_attribute("data-start"))
    before = _current_times(browser)[0]
    browser.execute_script("arguments[0].scrollIntoView()", link)
    link.click()
    _wait(lambda: abs(_current_times(browser)[1] - target) < 1.5, f"the second player did not seek to {target} s")
    assert abs(_current_times(browser)[0] - before) < 0.5, "a link moved the other episode's player"

    browser.execute_script("document.querySelectorAll('audio').forEach(p => { p.pause(); "
                           "p.textTracks[0].mode = 'hidden'; })")
    def loaded() -> list[int] | None:
        counts: list[int] = browser.execute_script(
            "return Array.from(document.querySelectorAll('audio'))"
            ".map(p => p.textTracks[0].cues ? p.textTracks[0].cues.length : 0)")
        return counts if all(n > 0 for n in counts) else None

    counts = _wait(loaded, "the captions tracks did not load their cues")
    for index, count in enumerate(counts):
        vtt = browser.execute_script("return document.querySelectorAll('audio')[arguments[0]]"
                                     ".querySelector('track').src", index)
        with urllib.request.urlopen(vtt, timeout=10) as answer:
            assert count == answer.read().decode("utf-8").count(" --> "), "every caption in the file is loaded"
    first = browser.execute_script("return Array.from(document.querySelectorAll('audio'))"
                                   ".map(p => p.textTracks[0].cues[0].text)")
    assert set(first) == {"Why the Tide Comes In Twice a Day", "Rail Freight by the Numbers"}

    errors = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
    assert errors == [], errors
