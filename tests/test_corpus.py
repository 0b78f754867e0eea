"""A corpus database from our own articles: people across files, quotes by person, full-text
search, resume after a crash, the alias table, Parquet, and refusing what is not ours.

The articles in tests/data/corpus name Volodymyr Zelensky three ways, Hillary and Bill Clinton
(and a bare "Clinton" that could be either), and Maria Okafor once in full and once bare.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.batch import Batch
from extractor.cli import app
from extractor.corpus import Corpus, DatabaseOutput
from extractor.errors import CorpusError
from extractor.inputs import find_inputs

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "corpus"
FILES = sorted(ARTICLES.glob("*.txt"))

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, [str(arg) for arg in args])


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The corpus, extracted once for the session through the CLI; copy it before writing."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    result = invoke(ARTICLES, "--output", path, "--workers", "1", "--quiet")
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def corpus_copy(corpus_db, tmp_path) -> Path:
    copy = tmp_path / "copy.db"
    shutil.copyfile(corpus_db, copy)
    return copy


def people_rows(path: Path) -> list[tuple]:
    with Corpus(path) as corpus:
        return [(p["name"], p["aliases"], p["documents"], p["quotes"]) for p in corpus.people()]


def table_count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as db:
        return db.execute(f"select count(*) from {table}").fetchone()[0]


EXPECTED_PEOPLE = [
    ("Volodymyr Zelenskiy", ["Volodymyr Zelensky", "Zelenskiy", "Zelensky", "Zelenskyy"], 3, 5),
    ("Bill Clinton", ["Clinton"], 1, 3),
    ("Maria Okafor", ["Okafor"], 2, 2),
    ("Hillary Clinton", ["Clinton"], 1, 2),
    ("Clinton", [], 1, 1),
]


def test_people_are_linked_across_articles(corpus_db):
    assert people_rows(corpus_db) == EXPECTED_PEOPLE


def test_every_article_is_one_document_row_with_title_and_dateline(corpus_db):
    with sqlite3.connect(corpus_db) as db:
        rows = db.execute("select source, status, date, title from documents order by source")
        rows = rows.fetchall()
    assert [Path(source).name for source, *_ in rows] == [path.name for path in FILES]
    assert {status for _, status, _, _ in rows} == {"ok"}
    assert rows[0][2:] == (
        "2026-03-20",
        "GENEVA, March 20, 2026 — The Red Cross will send 30 more monitors to the border "
        "crossing next month.",
    )


def test_quotes_by_any_name_form_or_id(corpus_db):
    with Corpus(corpus_db) as corpus:
        by_name = corpus.quotes(speaker="Volodymyr Zelensky")
        (person,) = corpus.person_ids("Zelenskyy")
        assert corpus.quotes(speaker="zelenskiy") == by_name
        assert corpus.quotes(speaker=str(person)) == by_name
    assert len(by_name) == 5
    assert sorted({Path(q["document"]).name for q in by_name}) == [
        "kyiv-power-grid.txt", "kyiv-prisoner-talks.txt", "lviv-rail-link.txt"
    ]
    grain = next(q for q in by_name if "grain" in q["text"])
    source = Path(grain["document"]).read_text(encoding="utf-8")
    assert source[grain["start"] : grain["end"]] == grain["text"]


def test_a_name_no_article_used_finds_the_one_person_it_can_mean(corpus_db):
    with Corpus(corpus_db) as corpus:
        assert len(corpus.quotes(speaker="M. Okafor")) == 2
        assert len(corpus.quotes(speaker="H. Clinton")) == 2
        with pytest.raises(CorpusError, match=r"no person called 'W\. Clinton'"):
            corpus.quotes(speaker="W. Clinton")
    ambiguous = invoke("quotes", corpus_db, "--speaker", "Clintonn")
    assert ambiguous.exit_code == 1
    assert ambiguous.stderr.strip() == (
        "extract: error: 'Clintonn' could be Clinton (2), Bill Clinton (3), Hillary Clinton (4); "
        "give a full name or an id"
    )


def test_clintons_sharing_a_surname_are_asked_for_apart(corpus_db):
    with Corpus(corpus_db) as corpus:
        hillary = corpus.quotes(speaker="Hillary Clinton")
        bill = corpus.quotes(speaker="Bill Clinton")
    assert [q["text"] for q in hillary] == [
        "a new literacy programme would reach 50,000 children in its first year",
        "Reading is where every other opportunity begins",
    ]
    assert len(bill) == 3 and all("literacy" not in q["text"] for q in bill)


def test_full_text_search_alone_and_with_a_speaker(corpus_db):
    with Corpus(corpus_db) as corpus:
        assert [q["text"] for q in corpus.quotes(search="grain")] == [
            "This line will carry grain west and people home"
        ]
        assert len(corpus.quotes(search="people home")) == 2
        assert len(corpus.quotes(speaker="Zelensky", search="people home")) == 2
        assert corpus.quotes(speaker="Hillary Clinton", search="grain") == []
        assert len(corpus.quotes(search='exchange "')) == 3  # stray quote marks are not syntax


def test_quotes_by_kind_and_anonymous_speakers(corpus_db):
    with Corpus(corpus_db) as corpus:
        anonymous = corpus.quotes(speaker_type="anonymous")
        direct = corpus.quotes(kind="direct")
    assert [q["speaker_text"] for q in anonymous] == [
        "A senior official familiar with the talks", "Two people who worked on the project"
    ]
    assert len(direct) == 7 and {q["kind"] for q in direct} == {"direct"}


def test_an_organisation_is_one_row_across_articles(corpus_db):
    with Corpus(corpus_db) as corpus:
        assert [(o["name"], o["documents"], o["quotes"]) for o in corpus.organizations()] == [
            ("Red Cross", 3, 1)
        ]


def test_corpus_stats(corpus_db):
    result = invoke("corpus-stats", corpus_db)
    assert result.exit_code == 0, result.output
    stats = json.loads(result.stdout)
    assert stats["documents"] == len(FILES) and stats["failures"] == 0
    assert stats["quotes"] == sum(stats["quotes_by_kind"].values()) == 17
    assert stats["quotes_by_speaker_type"]["anonymous"] == 2
    assert stats["anonymous_share"] == round(2 / 17, 4)
    assert stats["top_speakers"][0]["name"] == "Volodymyr Zelenskiy"
    assert stats["top_organizations"][0]["name"] == "Red Cross"
    assert stats["top_places"][0] == {"name": "Kyiv", "documents": 2, "mentions": 3}


def test_people_command_pipes_json_lines_and_tables_on_request(corpus_db):
    piped = invoke("people", corpus_db)
    assert piped.exit_code == 0
    lines = [json.loads(line) for line in piped.stdout.splitlines()]
    assert [(p["name"], p["quotes"]) for p in lines] == [(p[0], p[3]) for p in EXPECTED_PEOPLE]
    array = invoke("people", corpus_db, "--format", "json", "--limit", "2")
    assert [p["name"] for p in json.loads(array.stdout)] == ["Volodymyr Zelenskiy", "Bill Clinton"]
    table = invoke("people", corpus_db, "--format", "table")
    assert "People (5)" in table.stdout and "Maria Okafor" in table.stdout


def test_quotes_command_filters_and_reports_an_unknown_speaker(corpus_db):
    result = invoke("quotes", corpus_db, "--speaker", "Maria Okafor")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
    anonymous = invoke("quotes", corpus_db, "--type", "anonymous", "--search", "prisoners")
    assert [json.loads(line)["speaker_type"] for line in anonymous.stdout.splitlines()] == [
        "anonymous"
    ]
    missing = invoke("quotes", corpus_db, "--speaker", "Nobody Atall")
    assert missing.exit_code == 1
    assert missing.stderr.strip() == (
        f"extract: error: {corpus_db}: no person called 'Nobody Atall' (see `extract people`)"
    )


def test_resume_after_a_crash_mid_batch_has_no_duplicate_and_no_gap(
    corpus_db, tmp_path, monkeypatch
):
    """The third document fails inside its transaction, after its document, entity, mention
    and quote rows went in, as a kill would: nothing of it stays, and rerunning the same
    command finishes the corpus exactly."""
    real, calls = DatabaseOutput._insert, []

    def crash_on_third(self, table, rows):
        if table == "numbers":
            calls.append(table)
            if len(calls) == 3:
                raise KeyboardInterrupt
        real(self, table, rows)

    path = tmp_path / "crashed.db"
    monkeypatch.setattr(DatabaseOutput, "_insert", crash_on_third)
    with pytest.raises(KeyboardInterrupt):
        Batch(find_inputs([str(ARTICLES)]), DatabaseOutput(path)).run()
    monkeypatch.setattr(DatabaseOutput, "_insert", real)
    assert table_count(path, "documents") == 2
    with sqlite3.connect(path) as db:
        orphans = db.execute(
            "select count(*) from entities where document_id not in (select id from documents)"
        ).fetchone()[0]
    assert orphans == 0

    result = invoke(ARTICLES, "--output", path, "--workers", "1", "--quiet")
    assert result.exit_code == 0, result.output
    for table in ("documents", "entities", "mentions", "quotes", "numbers"):
        assert table_count(path, table) == table_count(corpus_db, table), table
    assert people_rows(path) == EXPECTED_PEOPLE


def test_rerun_skips_what_is_there_and_overwrite_redoes_it(corpus_copy):
    again = Batch(find_inputs([str(ARTICLES)]), DatabaseOutput(corpus_copy))
    assert again.summary.skipped == len(FILES) and again.pending == []
    again.run()
    quotes = table_count(corpus_copy, "quotes")
    redo = invoke(ARTICLES, "--output", corpus_copy, "--overwrite", "--workers", "1", "-q")
    assert redo.exit_code == 0
    assert table_count(corpus_copy, "documents") == len(FILES)
    assert table_count(corpus_copy, "quotes") == quotes
    with sqlite3.connect(corpus_copy) as db:
        assert db.execute("select min(id) from documents").fetchone()[0] > len(FILES)
    assert people_rows(corpus_copy) == EXPECTED_PEOPLE


def test_a_failed_input_is_a_document_row_and_is_retried(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    path = tmp_path / "with-failure.db"
    result = invoke(folder, "--output", path, "--workers", "1", "--quiet")
    assert result.exit_code == 1
    with sqlite3.connect(path) as db:
        failed = db.execute(
            "select name, status, error_kind from documents where status != 'ok'"
        ).fetchall()
    assert failed == [("broken.txt", "failed", "BinaryInput")]
    (folder / "broken.txt").write_text("A short note with nobody quoted.\n", encoding="utf-8")
    assert invoke(folder, "--output", path, "--workers", "1", "--quiet").exit_code == 0
    assert table_count(path, "documents") == len(FILES) + 1
    with Corpus(path) as corpus:
        assert corpus.stats()["failures"] == 0


def test_aliases_override_the_automatic_links(corpus_copy, tmp_path):
    table = tmp_path / "aliases.csv"
    table.write_text(
        "canonical,alias,id,do-not-merge\n"
        "Maria Okafor,Okafor,,do-not-merge\n"
        "Bill Clinton,Clinton,Q1124\n"
        "Volodymyr Zelensky,Zelenskyy,Q3874799\n",
        encoding="utf-8",
    )
    result = invoke("link", corpus_copy, "--aliases", table)
    assert result.exit_code == 0, result.output
    assert people_rows(corpus_copy) == [
        ("Volodymyr Zelensky", ["Volodymyr Zelenskiy", "Zelenskiy", "Zelensky", "Zelenskyy"],
         3, 5),
        ("Bill Clinton", ["Clinton"], 2, 4),
        ("Hillary Clinton", ["Clinton"], 1, 2),
        ("Okafor", [], 1, 1),
        ("Maria Okafor", [], 1, 1),
    ]
    with Corpus(corpus_copy) as corpus:
        assert len(corpus.quotes(speaker="Q1124")) == 4
    # The table is kept: a later batch into the same corpus re-links with it.
    assert invoke(ARTICLES, "--output", corpus_copy, "--overwrite", "-w", "1", "-q").exit_code == 0
    assert people_rows(corpus_copy)[1] == ("Bill Clinton", ["Clinton"], 2, 4)


def test_parquet_export_round_trips_every_table(corpus_db, tmp_path):
    import pyarrow.parquet as pq

    folder = tmp_path / "parquet"
    result = invoke("export", corpus_db, "--parquet", folder)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(corpus_db) as db:
        for table in ("documents", "people", "entities", "mentions", "quotes", "numbers"):
            cursor = db.execute(f"select * from {table} order by rowid")
            columns = [d[0] for d in cursor.description]
            expected = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
            exported = pq.read_table(folder / f"{table}.parquet").to_pylist()
            if table == "numbers":  # value mixes numbers and ISO dates: exported as text
                for row in expected:
                    row["value"] = None if row["value"] is None else str(row["value"])
            assert exported == expected, table


def test_parquet_export_without_pyarrow_says_how_to_get_it(corpus_db, tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    result = invoke("export", corpus_db, "--parquet", tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "extract: error: Parquet export needs pyarrow: pip install 'extractor[parquet]'"
    )


@pytest.mark.parametrize("kind", ["text", "other-tool", "old-schema"])
def test_what_is_not_our_corpus_is_refused_and_left_alone(kind, corpus_db, tmp_path):
    path = tmp_path / "target.db"
    if kind == "text":
        path.write_text("not a database\n", encoding="utf-8")
        message = f"{path}: not an SQLite database; refusing to touch it"
    elif kind == "other-tool":
        with sqlite3.connect(path) as db:
            db.execute("create table tracks (id integer primary key, title text)")
        message = (f"{path}: an SQLite database from another tool, not an extractor corpus; "
                   "choose a new file")
    else:
        shutil.copyfile(corpus_db, path)
        with sqlite3.connect(path) as db:
            db.execute("update corpus_meta set value = '0' where key = 'schema_version'")
        message = (f"{path}: corpus schema version 0 is older than this extractor's 1; "
                   "write to a new database")
    before = path.read_bytes()
    for args in ((ARTICLES, "--output", path, "-w", "1"),
                 (ARTICLES, "--output", path, "--overwrite", "-w", "1"),
                 ("people", path), ("quotes", path, "--search", "grain")):
        result = invoke(*args)
        assert result.exit_code == 1, args
        assert result.stderr.strip().splitlines() == [f"extract: error: {message}"], args
    assert path.read_bytes() == before


def test_a_folder_or_a_missing_database_is_a_clear_error(tmp_path):
    missing = invoke("people", tmp_path / "none.db")
    assert missing.exit_code == 1
    assert "no such corpus database" in missing.stderr
    with pytest.raises(CorpusError, match="is a folder"):
        Corpus(tmp_path)


def test_a_file_named_like_a_command_is_still_an_article(tmp_path, monkeypatch, corpus_db):
    monkeypatch.chdir(tmp_path)
    Path("people").write_text(
        "Finance minister Priya Raman said on Monday that the budget would grow.\n",
        encoding="utf-8",
    )
    as_article = invoke("people", "--format", "json")
    assert as_article.exit_code == 0, as_article.output
    assert json.loads(as_article.stdout)["source"] == "people"
    as_command = invoke("people", corpus_db)
    assert as_command.exit_code == 0
    assert json.loads(as_command.stdout.splitlines()[0])["name"] == "Volodymyr Zelenskiy"


def test_every_corpus_command_is_in_the_readme():
    from extractor.cli_corpus import CORPUS_COMMANDS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [c for c in CORPUS_COMMANDS if f"extract {c} " not in readme] == []


def test_fields_newer_extractions_carry_are_stored_when_present(tmp_path, monkeypatch):
    """``speaker.via``/``antecedent`` and entity ``titles``/``gender`` are read from
    ``to_dict()`` when there, so the corpus keeps them as soon as the extraction has them."""
    from extractor.document import Document
    from extractor.inputs import InputFile

    text = "Maria Okafor spoke first. She said the crossing would open."
    said, she = text.index("the crossing"), text.index("She")
    mention = {"start": 0, "end": 12, "text": "Maria Okafor"}
    document = Document.from_dict({
        "source": "note.txt", "model": "test", "numbers": [], "text": text,
        "entities": [{"id": "E1", "type": "person", "label": "PERSON", "name": "Maria Okafor",
                      "aliases": [], "mentions": [mention]}],
        "quotes": [{"id": "Q1", "kind": "indirect", "start": said, "end": len(text) - 1,
                    "text": text[said:-1], "cue": None,
                    "speaker": {"start": she, "end": she + 3, "text": "She",
                                "name": "Maria Okafor", "entity": "E1", "type": "person"}}],
    })
    plain = Document.to_dict

    def richer(self):
        data = plain(self)
        data["entities"][0].update(titles=["spokeswoman"], gender="female",
                                   gender_evidence=["She"])
        data["quotes"][0]["speaker"].update(via="pronoun", antecedent={"start": 0, "end": 12})
        return data

    monkeypatch.setattr(Document, "to_dict", richer)
    output = DatabaseOutput(tmp_path / "rich.db")
    output.write(InputFile("note.txt", "note.txt"), document)
    output.close()
    with Corpus(tmp_path / "rich.db") as corpus:
        (person,) = corpus.people()
        (quote,) = corpus.quotes(speaker="Okafor")
        antecedent = corpus.db.execute("select speaker_antecedent from quotes").fetchone()[0]
    assert (person["titles"], person["gender"]) == (["spokeswoman"], "female")
    assert (quote["speaker_via"], quote["text"]) == ("pronoun", "the crossing would open")
    assert json.loads(antecedent) == {"start": 0, "end": 12}


# The corpus report read from the database ---------------------------------------------------


def test_documents_come_back_as_extracted_with_speakers_by_their_corpus_names(
    corpus_db, extractor
):
    """Every row rebuilds the Document the batch stored (offsets hold against the article);
    only a linked speaker's name changes, to the corpus-wide one."""
    from conftest import assert_offsets_hold

    from extractor.document import Document

    with Corpus(corpus_db) as corpus:
        documents = list(corpus.documents())
        people = {p["name"] for p in corpus.people()}
    assert [Path(d.source).name for d in documents] == [path.name for path in FILES]
    renamed = []
    for document in documents:
        assert isinstance(document, Document) and document.text is None
        text = Path(document.source).read_text(encoding="utf-8")
        assert_offsets_hold(text, document)
        expected = extractor.extract(text, document.source).to_dict()
        stored = document.to_dict()
        for mine, theirs in zip(stored["quotes"], expected["quotes"], strict=True):
            if mine["speaker"] and mine["speaker"]["name"] != theirs["speaker"]["name"]:
                assert mine["speaker"]["name"] in people
                renamed.append((theirs["speaker"]["name"], mine["speaker"]["name"]))
                mine["speaker"]["name"] = theirs["speaker"]["name"]
        expected.pop("text", None)
        assert stored == expected, document.source
    assert {("Zelenskyy", "Volodymyr Zelenskiy"), ("Okafor", "Maria Okafor")} <= set(renamed)


def test_a_failed_input_comes_back_as_a_failure_with_its_error(tmp_path):
    from extractor.report import Failure

    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(ARTICLES / "lviv-rail-link.txt", folder)
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    path = tmp_path / "with-failure.db"
    assert invoke(folder, "--output", path, "--workers", "1", "--quiet").exit_code == 1
    with Corpus(path) as corpus:
        broken, article = list(corpus.documents())
    assert isinstance(broken, Failure) and broken.source == str(folder / "broken.txt")
    assert "broken.txt" in broken.message and "binary" in broken.message
    assert [(q.speaker.text, q.speaker.name) for q in article.quotes] == [
        ("Zelenskyy", "Zelenskyy"), ("Two people who worked on the project", None)
    ]


def test_a_pronoun_speaker_keeps_how_it_was_resolved(tmp_path, monkeypatch):
    """``speaker.via`` and the antecedent come back when the corpus stored them; an antecedent
    stored without its words takes them from the mention at its offsets."""
    from extractor.document import Document
    from extractor.inputs import InputFile

    text = "Maria Okafor spoke first. She said the crossing would open."
    said, she = text.index("the crossing"), text.index("She")
    document = Document.from_dict({
        "source": "note.txt", "model": "test", "numbers": [],
        "entities": [{"id": "E1", "type": "person", "label": "PERSON", "name": "Maria Okafor",
                      "aliases": [], "mentions": [{"start": 0, "end": 12,
                                                   "text": "Maria Okafor"}]}],
        "quotes": [{"id": "Q1", "kind": "indirect", "start": said, "end": len(text) - 1,
                    "text": text[said:-1], "cue": {"start": she + 4, "end": she + 8,
                                                   "text": "said"},
                    "speaker": {"start": she, "end": she + 3, "text": "She",
                                "name": "Maria Okafor", "entity": "E1", "type": "person",
                                "via": "pronoun"}}],
    })
    plain = Document.to_dict

    def without_words(self):
        data = plain(self)
        data["quotes"][0]["speaker"]["antecedent"] = {"start": 0, "end": 12}
        return data

    monkeypatch.setattr(Document, "to_dict", without_words)
    output = DatabaseOutput(tmp_path / "note.db")
    output.write(InputFile("note.txt", "note.txt"), document)
    output.close()
    monkeypatch.setattr(Document, "to_dict", plain)
    with Corpus(tmp_path / "note.db") as corpus:
        (stored,) = corpus.documents()
    (quote,) = stored.quotes
    assert (quote.speaker.via, quote.speaker.entity, quote.cue.text) == ("pronoun", "E1", "said")
    assert quote.speaker.antecedent.text == "Maria Okafor"
    holds = [text[s.start : s.end] == s.text for s in stored.spans()]
    assert all(holds) and len(holds) == 5


def test_the_report_from_the_database_counts_what_its_rows_hold(corpus_db):
    from extractor.report import CorpusReport, read_results

    summary = CorpusReport(top=100).add_all(read_results([corpus_db])).summary()
    with sqlite3.connect(corpus_db) as db:
        claims = db.execute("select count(*) from quotes").fetchone()[0]
        failures = db.execute("select count(*) from documents where status != 'ok'").fetchone()
        top = db.execute(
            "select coalesce(p.name, o.name, q.speaker_name) as speaker, count(*) from quotes q "
            "left join people p on p.id = q.person_id "
            "left join organizations o on o.id = q.org_id "
            "where speaker is not null group by speaker order by 2 desc, 1"
        ).fetchall()
    assert (summary["documents"], summary["failures"], summary["claims"]) == (
        len(FILES), failures[0], claims
    )
    speakers = [(s["name"], s["claims"]) for s in summary["top_speakers"]]
    assert speakers == top
    assert speakers[0] == ("Volodymyr Zelenskiy", 5)
    # written Zelensky, Zelenskyy and Volodymyr Zelenskiy across three articles: one speaker
    (zelenskiy,) = [s for s in summary["top_speakers"] if "Zelensk" in s["name"]]
    assert zelenskiy["documents"] == 3
    assert {claim.words for claim in zelenskiy["kept"]} >= {"Zelensky", "Zelenskyy"}


def test_extract_report_writes_a_page_from_a_corpus_database(corpus_db, tmp_path):
    page = tmp_path / "report.html"
    result = invoke("report", corpus_db, "--output", page)
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert f'<div class="stat" id="stat-documents"><b>{len(FILES)}</b>' in html
    assert 'id="speaker-1"' in html and "Volodymyr Zelenskiy" in html


def test_extract_report_refuses_a_database_that_is_not_a_corpus_in_one_line(tmp_path):
    other = tmp_path / "music.db"
    with sqlite3.connect(other) as db:
        db.execute("create table tracks (id integer primary key, title text)")
    before = other.read_bytes()
    result = invoke("report", other, "--output", tmp_path / "report.html")
    assert result.exit_code != 0
    assert result.stderr.strip().splitlines() == [
        f"extract: error: {other}: an SQLite database from another tool, not an extractor "
        "corpus; choose a new file"
    ]
    assert other.read_bytes() == before and not (tmp_path / "report.html").exists()
