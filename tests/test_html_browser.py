"""The HTML pages in a real headless Chromium, loaded from files with the network off.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and selenium
(the ``test`` extra). Without them these tests skip, saying why; with ``CI=true`` they fail
instead, so CI can never pass without running them. Set ``EXTRACTOR_SCREENSHOTS=DIR`` to keep
the screenshots (the README's picture was made so).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from extractor.document import Document, Entity, Mention, Quote, Speaker
from extractor.render.html import render_article, render_report
from extractor.report import CorpusReport

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    # No name resolves, so even a stray request could not reach the network.
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1280,900",
)
SAMPLE = ROOT / "samples" / "politics-ceasefire-talks.txt"
#: Seconds: page loads, scripts, and waits for the page to react.
TIMEOUT = 60


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must run the browser tests, but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One Chromium for the module, quit in the finaliser whatever the tests did."""
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (pip install -e '.[test]')")
    for path in (CHROMIUM, CHROMEDRIVER):
        if not os.access(path, os.X_OK):
            _unavailable(f"{path} is missing (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.timeouts = {"pageLoad": TIMEOUT * 1000, "script": TIMEOUT * 1000, "implicit": 0}
    try:
        driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    except WebDriverException as exc:
        _unavailable(f"Chromium did not start: {exc.msg}")
    try:
        driver.set_network_conditions(
            offline=True, latency=0, download_throughput=0, upload_throughput=0
        )
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def sample(extractor) -> Document:
    return extractor.extract(SAMPLE.read_text(encoding="utf-8"), "samples/" + SAMPLE.name,
                             include_text=True)


def open_page(browser, tmp_path: Path, html: str, name: str = "page.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    browser.get(path.as_uri())
    return path


def screenshot(browser, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    assert browser.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert path.stat().st_size > 10_000  # a blank page compresses to far less
    keep = os.environ.get("EXTRACTOR_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / name)
    return path


TEXT_WITHOUT_CHIPS = """
const copy = arguments[0].cloneNode(true);
copy.querySelectorAll('.chip').forEach(chip => chip.remove());
return copy.textContent;
"""

#: Every element of the text that carries hooks: its id, data attributes and text (no chips).
HOOKED = """
const found = [];
for (const element of document.querySelectorAll('#text [data-quote-id], #text [data-entity-id],'
                                                 + ' #text [data-value]')) {
  const copy = element.cloneNode(true);
  copy.querySelectorAll('.chip').forEach(chip => chip.remove());
  found.push({id: element.id, data: Object.assign({}, element.dataset), text: copy.textContent});
}
return found;
"""


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_claim_mention_and_number_of_each_sample_is_rendered_with_its_hooks(
    browser, extractor, tmp_path, path
):
    sample = extractor.extract(path.read_text(encoding="utf-8"), path.name, include_text=True)
    open_page(browser, tmp_path, render_article(sample))
    text = browser.find_element("id", "text")
    assert browser.execute_script(TEXT_WITHOUT_CHIPS, text) == sample.text
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    hooked = browser.execute_script(HOOKED)
    by_id = {h["id"]: h for h in hooked if h["id"]}

    def shown(anchor: str) -> str:
        """The element's text and that of the pieces it was split into, in page order."""
        return by_id[anchor]["text"] + "".join(
            h["text"] for h in hooked if h["data"].get("partOf") == anchor
        )

    assert sample.quotes and sample.entities and sample.numbers
    for quote in sample.quotes:
        speaker = quote.speaker.name if quote.speaker and quote.speaker.name else ""
        pieces = [h for h in hooked if h["data"].get("quoteId") == quote.id]
        assert {piece["data"]["speaker"] for piece in pieces} == {speaker}
        assert shown(f"q-{quote.id}") == quote.text
        chips = text.find_elements("css selector", f'.chip[data-chip-for="{quote.id}"]')
        assert len(chips) == 1
        assert speaker in chips[0].text
    for entity in sample.entities:
        for index, mention in enumerate(entity.mentions):
            anchor = f"m-{entity.id}-{index}"
            assert by_id[anchor]["data"]["entityId"] == entity.id
            assert by_id[anchor]["data"]["type"] == entity.type
            assert shown(anchor) == mention.text
    for index, number in enumerate(sample.numbers):
        expected = "" if number.value is None else str(number.value)
        assert by_id[f"n-{index}"]["data"]["value"] == expected
        assert shown(f"n-{index}") == number.text
    screenshot(browser, tmp_path, f"{path.stem}.png")


def test_clicking_a_person_highlights_their_mentions_and_claims(browser, sample, tmp_path):
    from selenium.webdriver.support.ui import WebDriverWait

    quoted = [q.speaker.entity for q in sample.quotes if q.speaker and q.speaker.entity]
    person = max(
        (e for e in sample.entities if e.type == "person"), key=lambda e: quoted.count(e.id)
    )
    claims = {q.id for q in sample.quotes if q.speaker and q.speaker.entity == person.id}
    assert claims
    open_page(browser, tmp_path, render_article(sample))
    browser.find_element("id", f"m-{person.id}-0").click()
    WebDriverWait(browser, TIMEOUT).until(
        lambda b: b.find_element("tag name", "body").get_attribute("data-selected-entity")
    )
    lit = browser.find_elements("css selector", "#text .ent.hl")
    assert {e.get_attribute("data-entity-id") for e in lit} == {person.id}
    assert len(lit) >= len(person.mentions)
    lit_claims = browser.find_elements("css selector", "#text mark.claim.hl")
    assert {e.get_attribute("data-quote-id") for e in lit_claims} == claims
    assert person.name in browser.find_element("id", "detail").text
    screenshot(browser, tmp_path, "person-selected.png")

    # Clicking another person's table row moves the highlight there.
    other = next(e for e in sample.entities if e.type == "place")
    browser.find_element("css selector", f'a[data-select-entity="{other.id}"]').click()
    lit = browser.find_elements("css selector", "#text .hl")
    assert {e.get_attribute("data-entity-id") for e in lit} == {other.id}


def test_clicking_a_claim_shows_its_cue_and_speaker_mention(browser, sample, tmp_path):
    quote = next(q for q in sample.quotes if q.cue and q.speaker and q.speaker.name)
    open_page(browser, tmp_path, render_article(sample))
    browser.find_element("css selector", f'.chip[data-chip-for="{quote.id}"]').click()
    cue = browser.find_elements("css selector", ".cue.active")
    speaker = browser.find_elements("css selector", ".speaker.active")
    assert [e.text for e in cue] == [quote.cue.text]
    assert [e.text for e in speaker] == [quote.speaker.text]
    detail = browser.find_element("id", "detail").text
    assert quote.speaker.name in detail
    assert quote.cue.text in detail
    screenshot(browser, tmp_path, "claim-selected.png")


def test_html_in_the_article_is_shown_as_text_and_never_run(browser, extractor, tmp_path):
    text = (
        "Mayor Ana Ferreira said the plan was <script>window.pwned = 1</script> ready. "
        '"It works <img src=x onerror="window.pwned = 2">," Ferreira said.\n'
    )
    document = extractor.extract(text, "hostile.txt", include_text=True)
    # A hostile name in the data the page's script reads, too.
    document.entities.append(Entity(
        "E99", "person", "PERSON", "</script><script>window.pwned = 3</script>",
        mentions=[Mention(0, 5, text[:5])],
    ))
    open_page(browser, tmp_path, render_article(document))
    assert browser.execute_script("return window.pwned === undefined")
    body = browser.find_element("id", "text")
    assert browser.execute_script(TEXT_WITHOUT_CHIPS, body) == text
    assert body.find_elements("css selector", "script, img") == []
    browser.find_element("css selector", 'a[data-select-entity="E99"]').click()
    assert "</script>" in browser.find_element("id", "detail").text
    assert browser.execute_script("return window.pwned === undefined")


def test_a_one_megabyte_article_renders(browser, sample, tmp_path):
    copies = 1_000_000 // len(sample.text) + 1
    big = _repeated(sample, copies)
    assert len(big.text) >= 1_000_000
    open_page(browser, tmp_path, render_article(big), "big.html")
    count = browser.execute_script(
        "return new Set(Array.from(document.querySelectorAll('#text [data-quote-id]'),"
        " e => e.dataset.quoteId)).size"
    )
    assert count == len(big.quotes)
    last = big.quotes[-1]
    assert browser.find_element("id", f"q-{last.id}").get_attribute("data-quote-id") == last.id


def test_the_corpus_report_draws_its_charts_and_links_speakers_to_claims(
    browser, sample, tmp_path
):
    report = CorpusReport().add_all([sample, _repeated(sample, 2)])
    open_page(browser, tmp_path, render_report(report), "report.html")
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    bars = browser.find_elements("css selector", "#top-speakers svg rect")
    assert bars
    top = browser.find_element("css selector", "#top-speakers tbody tr")
    name = top.get_attribute("data-speaker")
    top.find_element("tag name", "a").click()
    section = browser.find_element("css selector", browser.execute_script(
        "return location.hash"))
    assert section.get_attribute("data-speaker") == name
    assert section.find_elements("css selector", "li[data-quote-id]")
    screenshot(browser, tmp_path, "report.png")


def _repeated(document: Document, copies: int) -> Document:
    """The same article ``copies`` times over, offsets and ids shifted: a big real-looking text."""
    step = len(document.text) + 2
    text = "\n\n".join([document.text] * copies)
    entities, quotes, numbers = [], [], []
    for copy in range(copies):
        shift = copy * step
        numbers.extend(replace(n, start=n.start + shift, end=n.end + shift)
                       for n in document.numbers)
        for entity in document.entities:
            entities.append(Entity(
                f"{entity.id}-{copy}", entity.type, entity.label, entity.name, entity.aliases,
                [Mention(m.start + shift, m.end + shift, m.text) for m in entity.mentions],
            ))
        for quote in document.quotes:
            speaker = quote.speaker
            if speaker is not None:
                speaker = Speaker(speaker.start + shift, speaker.end + shift, speaker.text,
                                  speaker.name, speaker.entity and f"{speaker.entity}-{copy}",
                                  speaker.type)
            cue = quote.cue and Mention(quote.cue.start + shift, quote.cue.end + shift,
                                        quote.cue.text)
            quotes.append(Quote(f"{quote.id}-{copy}", quote.kind, quote.start + shift,
                                quote.end + shift, quote.text, speaker, cue))
    return Document(document.source, document.model, entities, numbers, quotes, text=text)
