"""Linking people and organisations across documents, on names alone (no model needed)."""

from __future__ import annotations

from extractor.corpus.linking import (
    Alias,
    NamedEntity,
    link_organizations,
    link_people,
    read_aliases,
)


def people(*names: tuple[int, str], aliases=()) -> list[list[str]]:
    """(document, name) pairs in; each person's names out, in entity order."""
    entities = [NamedEntity(n, document, name) for n, (document, name) in enumerate(names, 1)]
    return [[m.name for m in cluster.members] for cluster in link_people(entities, aliases)]


def test_spelling_variants_of_a_surname_are_one_person():
    assert people((1, "Volodymyr Zelensky"), (2, "Volodymyr Zelenskiy"), (3, "Zelenskyy")) == [
        ["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Zelenskyy"]
    ]


def test_two_first_names_with_one_surname_stay_apart():
    assert people((1, "Hillary Clinton"), (2, "Bill Clinton")) == [
        ["Hillary Clinton"], ["Bill Clinton"]
    ]


def test_a_bare_surname_joins_the_only_full_name_that_carries_it():
    assert people((1, "Maria Okafor"), (2, "Okafor"), (3, "Okafor’s")) == [
        ["Maria Okafor", "Okafor", "Okafor’s"]
    ]


def test_a_bare_surname_two_full_names_carry_stays_alone_in_each_document():
    assert people((1, "Hillary Clinton"), (2, "Bill Clinton"), (3, "Clinton"), (4, "Clinton")) == [
        ["Hillary Clinton"], ["Bill Clinton"], ["Clinton"], ["Clinton"]
    ]


def test_a_bare_surname_with_no_full_name_is_not_merged_across_documents():
    assert people((1, "Putin"), (2, "Putin")) == [["Putin"], ["Putin"]]


def test_honorifics_middle_names_and_initials():
    assert people(
        (1, "President Vladimir Putin"), (2, "Vladimir Putin"), (3, "V. Putin"),
        (4, "Hillary Rodham Clinton"), (5, "Hillary Clinton"),
    ) == [
        ["President Vladimir Putin", "Vladimir Putin", "V. Putin"],
        ["Hillary Rodham Clinton", "Hillary Clinton"],
    ]


def test_an_initial_two_people_could_carry_stays_apart():
    assert people((1, "James Okafor"), (2, "Joy Okafor"), (3, "J. Okafor")) == [
        ["James Okafor"], ["Joy Okafor"], ["J. Okafor"]
    ]


def test_aliases_merge_name_and_split_last():
    entities = [
        NamedEntity(1, 1, "Maria Okafor"), NamedEntity(2, 2, "Okafor"),
        NamedEntity(3, 3, "Bill Clinton"), NamedEntity(4, 4, "Clinton"),
        NamedEntity(5, 5, "Hillary Clinton"),
    ]
    clusters = link_people(entities, [
        Alias("Maria Okafor", "Okafor", do_not_merge=True),
        Alias("Bill Clinton", "Clinton", "Q1124"),
    ])
    assert [([m.name for m in c.members], c.name, c.ref) for c in clusters] == [
        (["Maria Okafor"], None, None),
        (["Okafor"], None, None),
        (["Bill Clinton", "Clinton"], "Bill Clinton", "Q1124"),
        (["Hillary Clinton"], None, None),
    ]


def test_organisations_merge_on_normal_form_and_an_unambiguous_acronym():
    entities = [
        NamedEntity(1, 1, "United Nations"), NamedEntity(2, 2, "UN"),
        NamedEntity(3, 2, "The Acme Corp."), NamedEntity(4, 3, "Acme"),
        NamedEntity(5, 3, "Acme Bank"),
    ]
    assert [[m.name for m in c.members] for c in link_organizations(entities)] == [
        ["United Nations", "UN"], ["The Acme Corp.", "Acme"], ["Acme Bank"]
    ]


def test_alias_table_reads_optional_header_id_and_flag(tmp_path):
    table = tmp_path / "aliases.csv"
    table.write_text(
        "canonical,alias,id,do-not-merge\nBill Clinton,Clinton,Q1124,\n"
        "Maria Okafor,Okafor,,yes\n", encoding="utf-8",
    )
    assert read_aliases(table) == [
        Alias("Bill Clinton", "Clinton", "Q1124", False),
        Alias("Maria Okafor", "Okafor", None, True),
    ]
