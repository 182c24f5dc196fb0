"""Labels sorted as a reader of the page's language expects (home.collation)."""

import pytest
from django.utils import translation

from home import vocabularies as vocab
from home.collation import alphabet, sort_key, sorted_by_label


def ordered(words, language):
    return sorted(words, key=lambda word: sort_key(word, language))


def test_polish_letters_have_their_own_place():
    assert ordered(["Łotwa", "Luksemburg", "Litwa"], "pl") == ["Litwa", "Luksemburg", "Łotwa"]
    assert ordered(["Żywiec", "Zabrze", "Źródło", "Ząbki"], "pl") == ["Zabrze", "Ząbki", "Źródło", "Żywiec"]
    assert ordered(["Ślęża", "Sopot", "Tarnów"], "pl") == ["Sopot", "Ślęża", "Tarnów"]
    assert alphabet("pl")[:3] == ["a", "ą", "b"]
    assert alphabet("pl-PL")[-3:] == ["z", "ź", "ż"]


def test_byte_order_would_be_wrong_for_polish():
    assert sorted(["Łotwa", "Luksemburg", "Litwa", "Węgry"]) != ["Litwa", "Luksemburg", "Łotwa", "Węgry"]
    assert ordered(["Łotwa", "Luksemburg", "Litwa", "Węgry"], "pl") == ["Litwa", "Luksemburg", "Łotwa", "Węgry"]


def test_german_umlauts_sort_with_their_base_letter():
    assert ordered(["Polen", "Österreich", "Norwegen", "Niederlande"], "de") == [
        "Niederlande",
        "Norwegen",
        "Österreich",
        "Polen",
    ]
    # Accents decide only between otherwise equal words.
    assert ordered(["Müller", "Muller", "Mueller"], "de") == ["Mueller", "Muller", "Müller"]
    assert ordered(["Straße", "Strasse", "Strasbourg"], "de") == ["Strasbourg", "Strasse", "Straße"]


def test_french_and_italian_accents_are_secondary():
    assert ordered(["Espagne", "Émirats", "Estonie", "Égypte"], "fr") == ["Égypte", "Émirats", "Espagne", "Estonie"]
    assert ordered(["Lussemburgo", "Lettonia", "Lituania"], "it") == ["Lettonia", "Lituania", "Lussemburgo"]


def test_spanish_enye_is_a_letter_of_its_own():
    assert ordered(["ñu", "nube", "oso"], "es") == ["nube", "ñu", "oso"]
    # Elsewhere ñ is an n with an accent.
    assert ordered(["ñu", "nube", "oso"], "en") == ["ñu", "nube", "oso"]


def test_case_and_spaces_are_minor_differences():
    assert ordered(["b", "A", "a"], "en") == ["a", "A", "b"]
    assert ordered(["North Macedonia", "Norway", "Northern"], "en") == ["Northern", "North Macedonia", "Norway"]


def test_sorted_by_label_takes_any_label():
    items = [{"label": "Łotwa"}, {"label": "Litwa"}]
    assert sorted_by_label(items, "pl", label=lambda item: item["label"]) == [{"label": "Litwa"}, {"label": "Łotwa"}]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", ["Litwa", "Luksemburg", "Łotwa"]),
        ("de", ["Lettland", "Litauen", "Luxemburg"]),
    ],
)
def test_sorted_choices_translate_then_sort(language, expected):
    choices = vocab.sorted_choices(vocab.COUNTRIES, language)
    with translation.override(language):
        labels = [str(label) for code, label in choices if code in {"LV", "LT", "LU"}]
    assert labels == expected
    assert {code for code, _label in choices} == set(vocab.codes(vocab.COUNTRIES))


def test_sorted_choices_use_the_active_language():
    with translation.override("de"):
        labels = [str(label) for _code, label in vocab.sorted_choices(vocab.COUNTRIES)]
    assert labels.index("Österreich") < labels.index("Polen")
    assert labels.index("Norwegen") < labels.index("Österreich")
