"""Batch processing as a library: finding inputs, outputs that resume, workers, long texts."""

from __future__ import annotations

import json

import pytest
from conftest import assert_offsets_hold

from extractor.api import split_text
from extractor.batch import (
    Batch,
    DirectoryOutput,
    JsonlOutput,
    Settings,
    StreamOutput,
    workers_for,
    write_atomically,
)
from extractor.errors import OutputExists
from extractor.inputs import InputFile, find_inputs, read_input

ARTICLE = (
    "Finance minister Priya Raman said on Monday that the budget would add £2.3 billion to "
    "health spending. “We have listened,” she said.\n"
)

PAGE = """<!DOCTYPE html>
<html><head><title>Budget</title></head>
<body><nav>Home | World | Business</nav>
<article><h1>Budget adds £2.3 billion for health</h1>
<p>Finance minister Priya Raman said on Monday that the budget would add £2.3 billion to health
spending.</p>
<p>“We have listened,” she said.</p></article>
<footer>© 2026 The Daily Example</footer></body></html>
"""


def tree(root, files: dict[str, str | bytes]):
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def names(inputs: list[InputFile]) -> list[str]:
    return [item.name for item in inputs]


def test_folders_are_walked_sorted_skipping_hidden_and_other_suffixes(tmp_path):
    tree(tmp_path, {
        "b.txt": "B", "a.md": "A", "page.html": PAGE, "notes.pdf": "x",
        "sub/c.txt": "C", ".git/d.txt": "D", ".hidden.txt": "E",
    })
    assert names(find_inputs([str(tmp_path)])) == ["a.md", "b.txt", "page.html", "sub/c.txt"]


def test_glob_option_and_no_recursive_narrow_the_search(tmp_path):
    tree(tmp_path, {"a.txt": "A", "a.md": "A", "sub/c.txt": "C"})
    assert names(find_inputs([str(tmp_path)], ["*.txt"])) == ["a.txt", "sub/c.txt"]
    assert names(find_inputs([str(tmp_path)], recursive=False)) == ["a.md", "a.txt"]


def test_a_symlink_loop_is_entered_once(tmp_path):
    tree(tmp_path, {"a.txt": "A", "sub/b.txt": "B"})
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert names(find_inputs([str(tmp_path)])) == ["a.txt", "sub/b.txt"]


def test_several_arguments_are_named_under_their_folder(tmp_path):
    tree(tmp_path, {"one/a.txt": "A", "two/a.txt": "A", "single.text": "S"})
    found = find_inputs([str(tmp_path / name) for name in ("one", "two", "single.text")])
    assert names(found) == ["one/a.txt", "two/a.txt", "single.text"]


def test_a_glob_argument_is_expanded_and_a_missing_path_kept_for_its_error(tmp_path):
    tree(tmp_path, {"x/a.txt": "A", "x/y/b.txt": "B", "x/c.md": "C"})
    found = find_inputs([f"{tmp_path}/x/**/*.txt"])
    assert names(found) == ["a.txt", "y/b.txt"]
    missing = str(tmp_path / "missing.txt")
    assert find_inputs([missing]) == [InputFile(missing, "missing.txt")]


def test_html_is_reduced_to_its_article_text(tmp_path):
    given = read_input(tree(tmp_path, {"page.html": PAGE}) / "page.html")
    assert given.from_html
    assert "Priya Raman said on Monday" in given.text
    assert "Home | World" not in given.text and "<p>" not in given.text


def test_html_document_carries_the_text_its_offsets_refer_to(tmp_path):
    tree(tmp_path, {"page.html": PAGE})
    documents = []
    Batch(find_inputs([str(tmp_path)]), StreamOutput(documents.append)).run()
    (document,) = documents
    assert document.text is not None and "<" not in document.text
    assert_offsets_hold(document.text, document)
    assert "We have listened" in [q.text for q in document.quotes]


def test_directory_output_mirrors_the_tree_and_skips_what_is_done(tmp_path):
    tree(tmp_path / "in", {"a.txt": ARTICLE, "sub/b.txt": "Paris is in France."})
    inputs = find_inputs([str(tmp_path / "in")])
    first = Batch(inputs, DirectoryOutput(tmp_path / "out")).run()
    assert first.documents == 2
    written = sorted(p.relative_to(tmp_path / "out").as_posix()
                     for p in (tmp_path / "out").rglob("*"))
    assert written == ["a.txt.json", "sub", "sub/b.txt.json"]
    again = Batch(inputs, DirectoryOutput(tmp_path / "out"))
    assert (again.summary.skipped, again.pending) == (2, [])
    assert len(Batch(inputs, DirectoryOutput(tmp_path / "out", overwrite=True)).pending) == 2


def test_an_interrupted_write_leaves_neither_file_nor_temporary(tmp_path):
    def broken(stream):
        stream.write('{"half": ')
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(tmp_path / "a.txt.json", broken)
    assert list(tmp_path.iterdir()) == []


def test_jsonl_output_resumes_after_a_torn_last_line(tmp_path):
    tree(tmp_path / "in", {"a.txt": ARTICLE, "b.txt": "Paris is in France."})
    inputs = find_inputs([str(tmp_path / "in")])
    target = tmp_path / "out.jsonl"
    Batch(inputs[:1], JsonlOutput(target)).run()
    with target.open("a", encoding="utf-8") as stream:
        stream.write('{"source": "torn')  # what a crash mid-line would leave
    with pytest.raises(OutputExists):
        JsonlOutput(target)
    resumed = Batch(inputs, JsonlOutput(target, resume=True))
    assert [item.name for item in resumed.pending] == ["b.txt"]
    resumed.run()
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == [item.path for item in inputs]


def test_a_tiny_batch_runs_without_workers():
    few = [InputFile(f"{n}.txt", f"{n}.txt") for n in range(3)]
    many = [InputFile(f"{n}.txt", f"{n}.txt") for n in range(100)]
    assert workers_for(few, 8) == 1
    assert workers_for(many, 2) == 2
    assert workers_for([*many, InputFile("-", "stdin")], 2) == 1


def test_two_workers_give_the_same_documents_in_the_same_order(tmp_path):
    articles = {f"{n:02}.txt": f"Mayor Ana Ruiz{n} said “we will build {n} schools” in Lyon."
                for n in range(16)}
    inputs = find_inputs([str(tree(tmp_path, articles))])
    settings = Settings(include_text=True)
    alone, pooled = [], []
    Batch(inputs, StreamOutput(alone.append), settings=settings).run()
    batch = Batch(inputs, StreamOutput(pooled.append), settings=settings, workers=2)
    assert batch.workers == 2
    batch.run()
    assert [d.to_dict() for d in pooled] == [d.to_dict() for d in alone]


def test_split_text_ends_pieces_at_paragraphs_and_covers_the_text():
    text = "First paragraph here.\n\nSecond one is longer.\n\nThird."
    pieces = split_text(text, 30)
    assert "".join(text[start:end] for start, end in pieces) == text
    first_start, first_end = pieces[0]
    assert text[first_start:first_end] == "First paragraph here.\n\n"
    assert all(end - start <= 30 for start, end in pieces)


def test_a_text_longer_than_max_length_is_parsed_in_pieces(extractor):
    paragraph = (
        "Finance minister Priya Raman said the budget would add £2.3 billion. "
        "“We have listened,” Raman said in London.\n\n"
    )
    text = paragraph * 12
    saved = extractor.nlp.max_length
    extractor.nlp.max_length = len(paragraph) * 3
    try:
        document = extractor.extract(text, include_text=True)
    finally:
        extractor.nlp.max_length = saved
    assert_offsets_hold(text, document)
    assert document.text == text
    assert [q.id for q in document.quotes] == [f"Q{n}" for n in range(1, len(document.quotes) + 1)]
    assert len([q for q in document.quotes if q.text == "We have listened"]) == 12
    raman = [e for e in document.entities if e.name == "Priya Raman"]
    assert len(raman) == 1 and raman[0].count >= 12
    assert {q.speaker.entity for q in document.quotes if q.speaker and q.speaker.entity} <= {
        e.id for e in document.entities
    }
