"""Two of the judged development events (bench/gold/basil, read by hand: which statements
across outlets are one remark and what really differs), cross-referenced end to end on
PostgreSQL: the links are right, every printed quotation two outlets share is linked, and
nothing links the two events."""

from pathlib import Path

import pytest

from claims.crossref.judged import judge, load_judged
from claims.crossref.runner import ingest_files, relations_among

pytestmark = pytest.mark.django_db

SAMPLE = Path(__file__).resolve().parents[1] / "gold" / "crossref" / "basil-sample"


@pytest.fixture(scope="module")
def judged():
    return load_judged(SAMPLE, SAMPLE)


@pytest.fixture
def report(judged):
    files_of, failures = ingest_files(sorted(judged.files))
    assert not failures
    return judge(judged, relations_among(files_of))


def test_the_sample_is_read_from_the_repository_alone(judged):
    assert len(judged.files) == 6
    assert all(Path(file).is_relative_to(SAMPLE) for file in judged.files)


def test_linked_statements_are_the_same_remark(report):
    assert report.same_claim.predicted >= 10
    assert report.same_claim.precision >= 0.9


def test_every_quotation_two_outlets_print_is_linked(report):
    assert report.same_quote_gold >= 10
    assert report.same_quote_recall >= 0.9, report.missed_quotes


def test_no_link_crosses_from_one_event_to_the_other(report):
    assert report.cross_event.correct == report.cross_event.predicted


def test_relation_types_say_what_really_differs(report):
    typed = [tally for tally in report.by_type.values()]
    right = sum(t.correct for t in typed)
    assert right / sum(t.predicted for t in typed) >= 0.8
    assert report.discrepancy.predicted == report.discrepancy.correct  # none false
