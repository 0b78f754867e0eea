"""The HTML article page as markup: nesting, escaping, tolerance, and `--format html`."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from extractor.cli import app
from extractor.render.html import render_article

runner = CliRunner()


class _Page(HTMLParser):
    """The article's text as a browser would show it (chips left out), checking that every tag
    closes in order, and collecting the elements that carry hooks."""

    VOID = frozenset({"meta", "br", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.hooks: list[dict[str, str | None]] = []
        self.scripts = 0

    def _inside(self, key: str, value: str) -> bool:
        return any(attrs.get(key) == value for _, attrs in self.stack)

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag in self.VOID:
            return
        self.stack.append((tag, found))
        if self._inside("id", "text") and any(k.startswith("data-") for k in found):
            self.hooks.append(found)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, (tag, self.stack[-1:])
        self.stack.pop()

    def handle_data(self, data):
        if self._inside("id", "text") and not any(
            "chip" in (attrs.get("class") or "").split() for _, attrs in self.stack
        ):
            self.text.append(data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    assert page.stack == []
    return page


def document(text: str, **sections) -> dict:
    data = {"schema_version": 1, "source": "t.txt", "model": "test", "text": text,
            "entities": [], "numbers": [], "quotes": []}
    data.update(sections)
    return data


def test_a_speaker_chip_says_who_the_words_were_resolved_to_and_how():
    text = "Vladimir Putin spoke. He said the talks were over.\n"
    data = document(
        text,
        entities=[{"id": "E1", "type": "person", "label": "PERSON", "name": "Vladimir Putin",
                   "aliases": [], "count": 1,
                   "mentions": [{"start": 0, "end": 14, "text": "Vladimir Putin"}],
                   "titles": ["President"], "gender": "male"}],
        quotes=[{"id": "Q1", "kind": "indirect", "start": 30, "end": 49,
                 "text": "the talks were over",
                 "speaker": {"start": 22, "end": 24, "text": "He", "name": "Vladimir Putin",
                             "entity": "E1", "type": "person", "via": "pronoun",
                             "antecedent": {"start": 0, "end": 14, "text": "Vladimir Putin"}},
                 "cue": {"start": 25, "end": 29, "text": "said"}}],
    )
    html = render_article(data)
    page = parse(html)
    assert "".join(page.text) == text
    assert "He → Vladimir Putin <small>· pronoun</small>" in html
    assert 'data-antecedent-for="Q1"' in html
    assert 'data-speaker-for="Q1"' in html and 'data-cue-for="Q1"' in html
    claim = next(h for h in page.hooks if h.get("data-quote-id") == "Q1")
    assert claim["data-speaker"] == "Vladimir Putin"
    assert claim["data-speaker-entity"] == "E1"
    assert "<td>President</td>" in html
    assert "· male" in html


def test_a_page_without_the_newer_fields_still_shows_the_words_and_the_name():
    text = "“We are ready,” the minister said.\n"
    data = document(text, quotes=[{
        "id": "Q1", "kind": "direct", "start": 1, "end": 13, "text": "We are ready",
        "speaker": {"start": 15, "end": 27, "text": "the minister", "name": "Ana Ruiz",
                    "entity": None, "type": "person"},
        "cue": {"start": 28, "end": 32, "text": "said"},
    }])
    data["entities"] = [{"id": "E1", "type": "person", "label": "PERSON", "name": "Ana Ruiz",
                         "aliases": [], "count": 0, "mentions": []}]
    html = render_article(data)
    assert "<th>titles</th>" not in html  # no column for what these results do not hold
    # Without speaker.via, how it was resolved is inferred from the words, and said to be.
    assert "the minister → Ana Ruiz <small>· nominal</small></span>" in html
    assert "inferred from the words" in html
    # The chip goes before the opening quotation mark, not between it and the words.
    assert re.search(r'data-chip-for="Q1"[^>]*>[^<]*<small>[^<]*</small></span>“<mark', html)


def test_html_in_the_text_and_the_data_is_escaped():
    text = "<script>alert(1)</script> Ana said <b>hi</b> & left.\n"
    data = document(text, entities=[{
        "id": "E1", "type": "person", "label": "PERSON",
        "name": "</script><script>alert(2)</script>", "aliases": ["<i>x</i>"], "count": 1,
        "mentions": [{"start": 26, "end": 29, "text": "Ana"}],
    }])
    html = render_article(data)
    page = parse(html)
    assert "".join(page.text) == text
    assert page.scripts == 2  # the data block and our own script, nothing else
    assert "<script>alert" not in html and "<b>hi</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\\u003c/script\\u003e" in html  # in the JSON the page's script reads


def test_only_our_own_script_may_run():
    import base64
    import hashlib

    html = render_article(document("Text.\n"))
    script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    policy = unescape(
        re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    )
    assert f"script-src 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy
    assert "http" not in html.replace("http-equiv", "").replace("http://www.w3.org", "")


def test_spans_outside_the_text_are_counted_not_drawn():
    data = document("Short.\n", numbers=[
        {"start": 3, "end": 90, "text": "x", "kind": "cardinal", "value": 1},
    ])
    html = render_article(data)
    assert "1 spans had offsets outside the text" in html
    assert "".join(parse(html).text) == "Short.\n"


def test_results_saved_without_text_still_show_the_tables():
    data = document("", entities=[{"id": "E1", "type": "place", "label": "GPE",
                                   "name": "Lima", "aliases": [], "count": 0, "mentions": []}])
    del data["text"]
    html = render_article(data)
    assert "saved without the article text" in html
    assert ">Lima</a>" in html


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12), st.sampled_from("eqn")),
                 max_size=14)


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="ab <&\"'“”\n", min_size=1, max_size=50), spans=spans)
def test_overlapping_spans_always_nest_and_keep_the_text(text, spans):
    entities, numbers, quotes = [], [], []
    for index, (start, length, kind) in enumerate(spans):
        start = min(start, len(text) - 1)
        end = min(start + length, len(text))
        span = {"start": start, "end": end, "text": text[start:end]}
        if kind == "e":
            entities.append({"id": f"E{index}", "type": "person", "label": "PERSON",
                             "name": "x", "aliases": [], "count": 1, "mentions": [span]})
        elif kind == "n":
            numbers.append({**span, "kind": "cardinal", "value": index})
        else:
            quotes.append({"id": f"Q{index}", "kind": "direct", **span,
                           "speaker": None, "cue": None})
    page = parse(render_article(document(text, entities=entities, numbers=numbers,
                                         quotes=quotes)))
    assert "".join(page.text) == text
    ids = {h.get("data-quote-id") for h in page.hooks} - {None}
    assert ids == {q["id"] for q in quotes}
    assert {h.get("data-entity-id") for h in page.hooks} - {None} == {e["id"] for e in entities}
    assert sum(1 for h in page.hooks if "data-value" in h and "id" in h) == len(numbers)


# The command line ---------------------------------------------------------------------------


def test_format_html_writes_one_page_to_stdout():
    result = runner.invoke(app, [str(SAMPLES[0]), "--format", "html"])
    assert result.exit_code == 0, result.output
    page = parse(result.stdout)
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "".join(page.text) == SAMPLES[0].read_text(encoding="utf-8")
    assert any("data-quote-id" in h for h in page.hooks)


def test_several_inputs_as_html_need_an_output_folder(tmp_path):
    result = runner.invoke(app, [str(SAMPLES[0]), str(SAMPLES[1]), "--format", "html"])
    assert result.exit_code == 1
    assert "need --output DIR" in result.output
    result = runner.invoke(app, [str(SAMPLES[0]), "--format", "html",
                                 "-o", str(tmp_path / "a.jsonl")])
    assert result.exit_code == 2


def test_a_batch_writes_a_page_per_input_and_an_index_that_survives_resuming(tmp_path):
    out = tmp_path / "pages"
    first = runner.invoke(app, [str(SAMPLES[0]), str(SAMPLES[1]), "--format", "html",
                                "-o", str(out), "-q"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, [str(p) for p in SAMPLES[:3]] + ["--format", "html",
                                                                  "-o", str(out), "-q"])
    assert second.exit_code == 0, second.output
    pages = sorted(p.name for p in out.rglob("*.html") if p.name != "index.html")
    assert len(pages) == 3
    index = (out / "index.html").read_text(encoding="utf-8")
    parse(index)
    links = re.findall(r'<a href="([^"]+)"', index)
    assert sorted(link.rsplit("/", 1)[-1] for link in links) == pages
    for link in links:
        assert (out / link).is_file()
    assert "Articles (3)" in index


def test_the_index_lists_failed_inputs_until_a_rerun_succeeds(tmp_path):
    from extractor.batch import Outcome
    from extractor.document import Document
    from extractor.inputs import InputFile
    from extractor.render.html import HtmlDirectoryOutput

    good, bad = InputFile("in/a.txt", "a.txt"), InputFile("in/<b>.txt", "<b>.txt")
    output = HtmlDirectoryOutput(tmp_path)
    output.write(good, Document("in/a.txt", "m", text="Some text.\n"))
    output.write_failure(Outcome(bad, error="in/<b>.txt: binary file"))
    output.close()
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "Articles (1)" in index and "Failed (1)" in index
    assert "in/&lt;b&gt;.txt: binary file" in index
    again = HtmlDirectoryOutput(tmp_path)
    again.write(bad, Document("in/<b>.txt", "m", text="Now readable.\n"))
    again.close()
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "Articles (2)" in index and "Failed" not in index
    assert '<a href="%3Cb%3E.txt.html">' in index


def test_a_one_megabyte_article_renders_every_claim():
    sentence = "“We will rebuild the bridge by May,” Mayor Ana Ruiz said on Tuesday. "
    copies = 1_000_000 // len(sentence) + 1
    text = sentence * copies
    mentions, quotes = [], []
    for copy in range(copies):
        at = copy * len(sentence)
        mentions.append({"start": at + 43, "end": at + 51, "text": "Ana Ruiz"})
        quotes.append({
            "id": f"Q{copy + 1}", "kind": "direct", "start": at + 1, "end": at + 34,
            "text": text[at + 1 : at + 34],
            "speaker": {"start": at + 37, "end": at + 51, "text": "Mayor Ana Ruiz",
                        "name": "Ana Ruiz", "entity": "E1", "type": "person"},
            "cue": {"start": at + 52, "end": at + 56, "text": "said"},
        })
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions[:3])
    data = document(text, quotes=quotes, entities=[{
        "id": "E1", "type": "person", "label": "PERSON", "name": "Ana Ruiz", "aliases": [],
        "count": len(mentions), "mentions": mentions,
    }])
    html = render_article(data)
    assert len(text) >= 1_000_000
    assert html.count("data-quote-id=") == len(quotes)
    assert f'id="q-Q{copies}"' in html
    assert f'id="m-E1-{copies - 1}"' in html
