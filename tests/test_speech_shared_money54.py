"""One of a currency after a word that shares or rates by it is the currency's name alone ("for every £1 raised": "for
every pound raised", where it was "every one pound"); a port's containers with a scale letter before their unit ("3.8m
TEU": millions, where it was "meters"). Examples of our own, with near misses that keep their reading."""

from __future__ import annotations

import pytest
from sweeps import check_linear

from narrator.speech import speakable


@pytest.mark.parametrize(("written", "spoken"), [
    ("For every £1 raised, the firm gives 50p.", "For every pound raised, the firm gives fifty pence."),
    ("Each $1 invested returns $3.", "Each dollar invested returns three dollars."),
    ("That is 20p in every £1.", "That is twenty pence in every pound."),
    ("for every €1 spent", "for every euro spent"),
    ("The levy is 5c per $1 of sales.", "The levy is five cents per dollar of sales."),
    ("Every £1 counts.", "Every pound counts."),
    # near misses: one pound paid, other amounts after "every", and a scale
    ("He paid £1.", "He paid one pound."),
    ("It costs £1 per ticket.", "It costs one pound per ticket."),
    ("every £10 counts", "every ten pounds counts"),
    ("every £1.50 helps", "every one pound fifty pence helps"),
    ("every £1m of spending", "every one million pounds of spending"),
])
def test_one_of_a_currency_shared_by_is_its_name(written: str, spoken: str) -> None:
    assert speakable(written, "en-gb") == spoken


@pytest.mark.parametrize(("written", "spoken"), [
    ("The port handled 3.8m TEU last year.", "The port handled three point eight million T.E.U last year."),
    ("Volumes rose to 24m TEU.", "Volumes rose to twenty four million T.E.U."),
    ("It has a capacity of 1.2m FEU.", "It has a capacity of one point two million F.E.U."),
    # near misses: a count of containers with no scale, and a length in meters beside them
    ("A 20m long ship carrying 300 TEU.", "A twenty meter long ship carrying three hundred T.E.U."),
    ("Rates hit $2,850/FEU.", "Rates hit two thousand eight hundred and fifty dollars per F.E.U."),
])
def test_a_ports_containers_in_millions(written: str, spoken: str) -> None:
    assert speakable(written, "en") == spoken


@pytest.mark.parametrize("token", ["every £1 ", "each $", "1m TEU "])
def test_the_new_looks_stay_linear(token: str) -> None:
    check_linear(token)
