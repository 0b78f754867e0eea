"""The evaluation command's matching rules and gold loader."""

from __future__ import annotations

import json

import pytest
from conftest import DEV

from extractor.evaluate import main, overlaps, pair_spans
from extractor.gold import GoldError, load_article, load_articles


def test_spans_match_when_half_of_the_longer_is_shared():
    assert overlaps((0, 10), (0, 6))
    assert not overlaps((0, 10), (0, 4))
    assert not overlaps((0, 5), (5, 10))


def test_pairing_is_one_to_one():
    assert pair_spans([(0, 10), (20, 30)], [(1, 10), (2, 9), (20, 29)]) == [(0, 0), (1, 2)]


def test_gold_loader_turns_substrings_into_offsets(tmp_path):
    (tmp_path / "a.txt").write_text("Joe Biden met Hunter Biden. Biden said “no”.", "utf-8")
    gold = {
        "entities": [{"name": "Hunter Biden", "type": "person", "mentions": ["Hunter Biden"]}],
        "quotes": [{"text": "no", "kind": "direct", "speaker": "Hunter Biden",
                    "speaker_type": "person"}],
        "numbers": [],
    }
    (tmp_path / "a.json").write_text(json.dumps(gold), "utf-8")
    article = load_article(tmp_path / "a.json")
    assert [(m.start, m.end) for m in article.mentions] == [(14, 26)]
    assert article.quotes[0]["start"] == article.text.index("no”")


def test_gold_loader_refuses_text_that_is_not_there(tmp_path):
    (tmp_path / "a.txt").write_text("Nothing here.", "utf-8")
    gold = {"quotes": [{"text": "missing", "kind": "direct"}]}
    (tmp_path / "a.json").write_text(json.dumps(gold), "utf-8")
    with pytest.raises(GoldError):
        load_article(tmp_path / "a.json")


def test_development_set_loads_and_is_large_enough():
    articles = load_articles(DEV)
    assert len(articles) >= 12
    assert sum(len(a.quotes) for a in articles) >= 120
    assert sum(len(a.numbers) for a in articles) >= 150


def test_evaluation_prints_figures_for_every_section(tmp_path):
    lines: list[str] = []
    main([str(DEV)], echo=lines.append)
    report = lines[0]
    for heading in ("Entities: mention level", "Numbers", "Quotes (extractor)"):
        assert heading in report


def test_polnear_says_how_to_get_it_when_it_is_not_here(monkeypatch, tmp_path):
    from extractor import polnear

    monkeypatch.setenv("EXTRACTOR_POLNEAR", str(tmp_path))
    monkeypatch.setattr(polnear, "_CANDIDATES", ())
    with pytest.raises(SystemExit) as stopped:
        main(["--polnear"])
    assert "../shared/data/polnear" in str(stopped.value)
    assert "EXTRACTOR_POLNEAR" in str(stopped.value)


def test_polnear_scores_a_split_with_its_own_scorer(monkeypatch, tmp_path):
    """A stand-in split of our own, with a stand-in scorer that reports what it was given."""

    article = {"id": "a1", "text": "Mayor Lena Ortiz said the bridge would reopen in May."}
    (tmp_path / "dev.jsonl").write_text(json.dumps(article) + "\n")
    (tmp_path / "score.py").write_text(
        "import json, pathlib, sys\n"
        "doc = json.loads(next(pathlib.Path(sys.argv[2]).glob('*.json')).read_text())\n"
        "print('scored', doc['source'], [q['speaker']['name'] for q in doc['quotes']])\n"
    )
    monkeypatch.setenv("EXTRACTOR_POLNEAR", str(tmp_path))
    printed = []
    main(["--polnear"], echo=printed.append)
    assert printed == ["scored a1.txt ['Lena Ortiz']\n"]
