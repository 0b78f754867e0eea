"""`extract report`: a corpus page from result files, with counts that add up."""

from __future__ import annotations

import json
from collections import Counter

from conftest import SAMPLES
from typer.testing import CliRunner

from extractor.cli import app
from extractor.document import Document, Quote, Speaker
from extractor.render.html import render_report
from extractor.report import CorpusReport, Failure, read_results

runner = CliRunner()


def quote(qid: str, kind: str, name: str | None, type_: str, words: str = "x") -> Quote:
    return Quote(qid, kind, 0, 1, "claim " + qid,
                 Speaker(0, 1, words, name, "E1" if name else None, type_), None)


def test_counts_shares_and_top_speakers_from_documents():
    documents = [
        Document("a.txt", "m", quotes=[
            quote("Q1", "direct", "Ana Ruiz", "person"),
            quote("Q2", "indirect", "Ana Ruiz", "person", "she"),
            quote("Q3", "indirect", None, "anonymous", "a diplomat"),
        ]),
        Document("b.txt", "m", quotes=[
            quote("Q1", "mixed", "Ana Ruiz", "person"),
            quote("Q2", "direct", "Tomás Ibarra", "person"),
            Quote("Q3", "direct", 0, 1, "unattributed", None, None),
        ]),
        Document("c.txt", "m"),
        Failure("d.txt", "binary file"),
    ]
    summary = CorpusReport().add_all(documents).summary()
    assert summary["documents"] == 3
    assert summary["failures"] == 1
    assert summary["claims"] == 6
    assert summary["documents_with_claims"] == 2
    assert summary["anonymous"] == 1
    assert summary["anonymous_share"] == 1 / 6
    assert summary["kinds"] == [("direct", 3), ("indirect", 2), ("mixed", 1)]
    assert dict(summary["speaker_types"]) == {"person": 4, "anonymous": 1, "none": 1}
    top = [(s["name"], s["claims"], s["documents"]) for s in summary["top_speakers"]]
    assert top == [("Ana Ruiz", 3, 2), ("Tomás Ibarra", 1, 1)]
    assert [c.text for c in summary["top_speakers"][0]["kept"]] == [
        "claim Q1", "claim Q2", "claim Q1"
    ]


def test_the_page_shows_the_figures_links_speakers_to_their_claims_and_escapes_names():
    documents = [Document("<b>a</b>.txt", "m", quotes=[
        quote("Q1", "direct", "<script>alert(1)</script>", "person"),
        quote("Q2", "direct", "<script>alert(1)</script>", "person"),
        quote("Q3", "direct", None, "anonymous"),
    ])]
    html = render_report(CorpusReport().add_all(documents))
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert '<a href="#speaker-1">2</a>' in html
    assert 'id="speaker-1"' in html
    assert "33.3 %" in html
    assert html.count("<svg") >= 3  # speakers, kinds, speaker types


def test_a_folder_of_results_and_an_error_log_read_back_as_documents_and_failures(tmp_path):
    results = tmp_path / "results"
    done = runner.invoke(app, [*map(str, SAMPLES[:3]), "-o", str(results), "-q"])
    assert done.exit_code == 0, done.output
    (results / "errors.jsonl").write_text(
        json.dumps({"source": "x.txt", "error": "BinaryInput", "message": "x.txt: binary"})
        + "\n", encoding="utf-8")
    (results / "broken.json").write_text("{not json", encoding="utf-8")
    items = list(read_results([results]))
    documents = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert len(documents) == 3
    assert sorted(f.message for f in failures) == ["not JSON", "x.txt: binary"]
    speakers = Counter(q.speaker.name for d in documents for q in d.quotes
                       if q.speaker and q.speaker.name)
    summary = CorpusReport(top=100).add_all(items).summary()
    assert {s["name"]: s["claims"] for s in summary["top_speakers"]} == dict(speakers)
    assert summary["claims"] == sum(len(d.quotes) for d in documents)


def test_extract_report_writes_the_same_page_from_a_folder_or_a_jsonl_file(tmp_path):
    jsonl = tmp_path / "all.jsonl"
    folder = tmp_path / "results"
    for target in (jsonl, folder):
        done = runner.invoke(app, [*map(str, SAMPLES[:2]), "-o", str(target), "-q"])
        assert done.exit_code == 0, done.output
    pages = []
    for source in (jsonl, folder):
        out = tmp_path / f"{source.stem}.html"
        result = runner.invoke(app, ["report", str(source), "--output", str(out)])
        assert result.exit_code == 0, result.output
        pages.append(out.read_text(encoding="utf-8"))
    assert pages[0] == pages[1]
    assert '<div class="stat" id="stat-documents"><b>2</b>' in pages[0]


def test_extract_report_refuses_what_is_not_results_in_one_line(tmp_path):
    missing = runner.invoke(app, ["report", str(tmp_path / "nowhere")])
    assert missing.exit_code == 1
    assert missing.output.strip().count("\n") == 0
    assert "no such file or folder" in missing.output
    other = tmp_path / "corpus.txt"
    other.write_text("text", encoding="utf-8")
    result = runner.invoke(app, ["report", str(other)])
    assert result.exit_code == 1
    assert "not a result file" in result.output
