"""The engine's message codes as translated sentences (the engine itself has no Django).

``render(message, kind)`` with ``kind`` one of "reason", "missing", "failed",
in the active language; codes become labels through ``vocabularies``.
"""

from django.utils import formats
from django.utils.translation import gettext, ngettext, pgettext

from home import vocabularies as vocab
from home.typography import quoted

from . import engine


def order_sentence():
    """The one sentence at the top of the results that says how they are ordered."""
    return gettext(
        "The best fit comes first: the higher the percentage, the better a placement fits what you told us, "
        "and under %(threshold)s%% we do not show it."
    ) % {"threshold": engine.MATCH_THRESHOLD}


def _country(code):
    return vocab.label(vocab.COUNTRIES, code)


def _sector(code):
    return vocab.label(vocab.SECTORS, code)


def _language(code):
    return vocab.label(vocab.LANGUAGES, code)


def _supports(codes):
    order = vocab.codes(vocab.SUPPORT)
    ranked = sorted(codes, key=lambda code: order.index(code) if code in order else len(order))
    return ", ".join(vocab.label(vocab.SUPPORT, code) for code in ranked)


def _date(value):
    return formats.date_format(value, "DATE_FORMAT")


def _words(words):
    return ", ".join(quoted(word) for word in words)


def _requirements(pairs):
    parts = [
        gettext("%(language)s at %(level)s") % {"language": _language(code), "level": level} for code, level in pairs
    ]
    return pgettext("alternatives, e.g. German at B1 or English at B2", " or ").join(parts)


def _reason(code, p):
    if code == "destination":
        return gettext("It is in %(country)s, a country you chose.") % {"country": _country(p["country"])}
    if code == "sector":
        return gettext("It is in a sector you chose: %(sector)s.") % {"sector": _sector(p["sector"])}
    if code == "keywords":
        return gettext("It mentions your words: %(words)s.") % {"words": _words(p["words"])}
    if code == "eqf_fit":
        return gettext("It suits your level: EQF %(min)s to %(max)s, and yours is %(level)s.") % p
    if code == "support_needs":
        return gettext("It offers the support you need: %(supports)s.") % {"supports": _supports(p["supports"])}
    if code == "support_offered":
        return gettext("Support offered: %(supports)s.") % {"supports": _supports(p["supports"])}
    if code == "start":
        return gettext("You can start soon after you are free: on %(date)s.") % {"date": _date(p["date"])}
    if code == "language":
        return gettext("Your %(language)s (%(level)s) is enough: it asks for %(required)s.") % {
            "language": _language(p["language"]),
            "level": p["level"],
            "required": p["required"],
        }
    if code == "language_none":
        return gettext("No language level is required.")
    if code == "duration":
        return (
            ngettext(
                "It fits your time: %(min)s to %(max)s weeks, and you have up to %(max_weeks)s week.",
                "It fits your time: %(min)s to %(max)s weeks, and you have up to %(max_weeks)s weeks.",
                p["max_weeks"],
            )
            % p
        )
    if code == "age":
        return gettext("It is open to your age: %(min)s to %(max)s years.") % p
    return code


def _missing(code, p):
    if code == "destination_other":
        return gettext("It is in %(country)s, not in a country you chose.") % {"country": _country(p["country"])}
    if code == "sector_other":
        return gettext("It is in another sector: %(sector)s.") % {"sector": _sector(p["sector"])}
    if code == "keywords_missing":
        return gettext("It does not mention: %(words)s.") % {"words": _words(p["words"])}
    if code == "eqf_near":
        return gettext("It is for EQF levels %(min)s to %(max)s; yours (%(level)s) is one step away.") % p
    if code == "eqf_far":
        return gettext("It is for EQF levels %(min)s to %(max)s; yours is %(level)s.") % p
    if code == "support_none":
        return gettext("No extra support is listed.")
    if code == "start_later":
        return gettext("The first start after you are free is on %(date)s.") % {"date": _date(p["date"])}
    if code == "start_before":
        return gettext("Every start date is before you are free (the last is on %(date)s).") % {
            "date": _date(p["date"])
        }
    if code == "start_unknown":
        return gettext("No start date is given yet.")
    if code == "language_unknown":
        return gettext("Check the language: it asks for %(requirements)s.") % {
            "requirements": _requirements(p["requirements"])
        }
    return code


def _failed(code, p):
    if code == "deadline":
        return gettext("The application deadline has passed (%(date)s).") % {"date": _date(p["date"])}
    if code == "age":
        return gettext("It is for ages %(min)s to %(max)s; you are %(age)s.") % p
    if code == "duration":
        return (
            ngettext(
                "It lasts at least %(min)s week; you have up to %(max_weeks)s.",
                "It lasts at least %(min)s weeks; you have up to %(max_weeks)s.",
                p["min"],
            )
            % p
        )
    if code == "language":
        return gettext("It asks for %(requirements)s.") % {"requirements": _requirements(p["requirements"])}
    if code == "support":
        return gettext("It does not offer: %(supports)s.") % {"supports": _supports(p["supports"])}
    return code


def constraint_label(code):
    """A short heading for a failed constraint ("Deadline", "Age", ...)."""
    labels = {
        "deadline": gettext("Deadline"),
        "age": gettext("Age"),
        "duration": gettext("Length of stay"),
        "language": gettext("Language level"),
        "support": gettext("Support"),
    }
    return labels.get(code, code)


RENDERERS = {"reason": _reason, "missing": _missing, "failed": _failed}


def render(message, kind):
    return RENDERERS[kind](message.code, message.params)


def render_result(result):
    """A result as plain data for templates and JSON: texts in the active language."""
    candidate = result.candidate
    return {
        "score": result.score,
        "capped": result.capped_from is not None,
        "closed": any(m.code == "deadline" for m in result.failed),
        "reasons": [{"code": m.code, "text": render(m, "reason")} for m in result.reasons],
        "missing": [{"code": m.code, "text": render(m, "missing")} for m in result.missing],
        "failed": [
            {"code": m.code, "label": constraint_label(m.code), "text": render(m, "failed")} for m in result.failed
        ],
        "opportunity": {
            "id": candidate.id,
            "title": candidate.title,
            "url": candidate.url,
            "country": candidate.country,
            "country_label": _country(candidate.country),
            "sector": candidate.sector,
            "sector_label": _sector(candidate.sector),
            "application_deadline": candidate.application_deadline,
        },
    }
