"""The HTML outputs in a real browser: headless Chromium driven by Selenium.

Two pages are opened: the report that ``breachmodel assess --format html`` writes, and
the notebook view of the Viamedis/Almerys processor incident (the incident, its
assessment and the timeline, as the tutorial notebook shows them). Each must render
without a console error, keep hostile text inert and visible as text, and pass the axe-core
accessibility rules of WCAG 2 levels A and AA. The timeline must be visible with its
legend. Screenshots are kept in ``build/browser/`` (a CI artifact).

Needs Chromium and its driver from the system packages (``apt-get install chromium
chromium-driver``; ``.ci/run`` installs them when it runs as root), Selenium and the
``axe-core-python`` package (which ships ``axe.min.js``), both in the ``dev`` extra.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from breachmodel.notebook import incident_html, timeline_svg
from breachmodel.processor import ProcessorIncident, assess_processor_incident, load_any
from breachmodel.views._notebook import _LEGEND

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "build" / "browser"
AS_OF = "2024-02-02T12:00:00+01:00"
HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
LEGEND = tuple(label for *_, label in _LEGEND)

pytestmark = pytest.mark.slow

if sys.platform.startswith("win"):  # pragma: no cover - CI and developers run Linux
    pytest.skip("the browser test runs on Linux", allow_module_level=True)


def _chromium() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if browser is None or driver is None:
        pytest.skip(
            "no Chromium or chromedriver on PATH: install them with "
            "'apt-get install chromium chromium-driver' (.ci/run does it when run as root)"
        )
    return browser, driver


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the dev extra")
    binary, driver = _chromium()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.add_argument("--window-size=1280,1600")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chrome = webdriver.Chrome(options=options, service=webdriver.ChromeService(driver))
    # axe-core on a long page can take longer than the 30-second default on a busy machine;
    # the test judges what the page contains, never how fast it is checked.
    chrome.set_script_timeout(300)
    try:
        yield chrome
    finally:
        chrome.quit()


def _page(title: str, body: str) -> str:
    """A minimal document around an HTML fragment, as a report viewer or notebook has."""
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title></head><body><main>{body}</main></body></html>"
    )


def _open(browser: Any, tmp_path: Path, name: str, html: str) -> None:
    path = tmp_path / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(path.as_uri())


def _axe_violations(browser: Any) -> list[dict[str, Any]]:
    script = (resources.files("axe_core_python") / "axe.min.js").read_text(encoding="utf-8")
    browser.execute_script(script)
    results: dict[str, Any] = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
        ".then(r => done(r), e => done({error: String(e)}));"
    )
    assert "error" not in results, results
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in results["violations"]
    ]


def _check_page(browser: Any, name: str) -> None:
    """What every page must satisfy: no console error, no script ran, axe passes."""
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    assert browser.execute_script("return document.scripts.length") == 0
    assert browser.execute_script("return window.pwned === undefined")
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SHOTS / f"{name}.png"))
    violations = _axe_violations(browser)
    assert violations == [], json.dumps(violations, indent=2)


def _hostile_incident(tmp_path: Path) -> Path:
    data = json.loads((ROOT / "examples" / "misdirected-email.json").read_text(encoding="utf-8"))
    data["title"] = HOSTILE
    data["controller"]["name"] = "ACME " + HOSTILE
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_assess_html_report(browser: Any, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "breachmodel", "assess", str(_hostile_incident(tmp_path))]
    report = subprocess.run(
        [*command, "--format", "html", "--as-of", AS_OF],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    _open(browser, tmp_path, "assess-report", _page("Assessment report", report))
    text = browser.find_element("tag name", "body").text
    assert HOSTILE in text  # shown as text, not interpreted
    assert "Notify the supervisory authority" in text or "Art. 33" in text
    _check_page(browser, "assess-report")


def test_notebook_view_with_timeline(browser: Any, tmp_path: Path) -> None:
    record = load_any(ROOT / "examples" / "viamedis-almerys-processor.json")
    assert isinstance(record, ProcessorIncident)
    processed = assess_processor_incident(record, as_of=datetime.fromisoformat(AS_OF))
    body = (
        incident_html(record) + processed._repr_html_() + timeline_svg(record, assessment=processed)
    )
    _open(browser, tmp_path, "notebook", _page("Tutorial notebook outputs", body))
    timelines = browser.find_elements("css selector", "svg[role=img]")
    assert timelines
    timeline = timelines[-1]
    assert timeline.is_displayed()
    assert timeline.size["width"] > 400
    assert timeline.size["height"] > 50
    labels = [t.text for t in timeline.find_elements("css selector", "text") if t.is_displayed()]
    for label in LEGEND:
        assert label in labels
    _check_page(browser, "notebook")


def test_the_checks_can_fail(browser: Any, tmp_path: Path) -> None:
    """A page with a missing, unlabelled image trips both the console and axe checks."""
    _open(browser, tmp_path, "broken", _page("Broken", '<img src="missing.png">'))
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert "image-alt" in [v["id"] for v in _axe_violations(browser)]
