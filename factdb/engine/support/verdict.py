"""The verdict: `claim_supported`, which reads the statement and the quotes, compares each
element and gives a `Support`."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from .ages import (
    _age_of_another,
    _apposed_age,
    _first_time_since,
    _former_or_latter,
    _other_clause_item,
    _place_lead_apart,
)
from .arithmetic import (
    _a_change,
    _figures_counted,
    _labels_counted,
    _product_of,
    _ratio_of,
    _words_counted,
    _worked_out,
    _year_of_span,
)
from .awards import _award_named_otherwise
from .clauses import (
    _both_end_negated,
    _cognate_keys,
    _coordinated_after,
    _governs,
    _in_apposition,
    _in_relative_subject,
    _in_subject,
    _negates_after_opening,
    _negates_coordinated,
    _negates_main_verb,
    _negates_predicate,
    _negates_reported,
    _prefixes,
    _relative_before,
    _same_clause,
    _unheld,
)
from .closed_sets import _apart_in_set, _clause_member_otherwise, _kind_unsaid, _other_member
from .consumption import _consumed_otherwise
from .contrasts import _contrast_clash, _contrast_negated, _partitive, _quote_parts
from .counted import (
    _counted_otherwise,
    _event_date_elsewhere,
    _glued_count_elsewhere,
    _not_how_often,
    _noun_tie_swapped,
    _noun_tied_across,
    _other_thing_counted,
    _tied_in,
)
from .directions import (
    _change_amount,
    _change_as_share,
    _compare_direction,
    _directions_for,
    _level_against_count,
    _maybe_won,
    _quote_degrees,
    _start_named,
    _superlative_degree,
    _verb,
)
from .events import (
    _EVENT_TIME_KINDS,
    _across,
    _date_of_another_event,
    _dateline_only,
    _event_clause_swapped,
    _event_time_elsewhere,
    _is_dateline,
    _period_qualifies_another,
    _says_dated,
    _told_elsewhere,
    _told_of_another_date,
    _told_of_another_figure,
)
from .holders import (
    _FULL_NAME,
    _PERSONAL_MEASURES,
    _PERSONAL_TIMES,
    _TIED_KINDS,
    _gapped_noun,
    _held_by_another,
    _holder_figure,
    _named_behind,
    _person_of,
    _rank_of_another,
    _rank_of_the_activity,
    _rank_of_the_named,
    _title_of,
    _value_of_the_named,
    _word_starts,
)
from .lists import (
    _KIND_WORDS,
    _anaphora_word,
    _candidates,
    _change_turned,
    _complement,
    _count_or_year,
    _counting_alike,
    _kind_listed_before,
    _listed_sum,
    _million_or_metres,
    _named_figure,
    _named_uncounted,
    _other_than,
    _placed,
    _respective_figure,
    _rest_of,
    _shared_bound,
    _shares_apart,
    _side_agrees,
    _stated_side,
    _version_named,
)
from .modifiers import _DIRECTED, _change_role
from .names import (
    _NAME,
    _list_position,
    _name_repeated,
    _opening_list_position,
    _person_before,
    _section_number,
)
from .negated_sides import (
    _DENIED_DIRECTION_REACH,
    _DIRECTION_GROUPS,
    _agreed_own_negations,
    _denied_directions,
    _denied_side,
    _negated_antonym,
    _negated_verb_asserted,
    _negated_verb_met,
    _negated_verb_said,
    _negates_concessive_main,
    _negation_swapped,
    _negations_elsewhere,
    _negatives,
    _polarity_sides,
    _prefixed_antonym,
    _sequence_anchors,
    _unsure_polarity_groups,
)
from .negation import (
    _LABEL,
    _START,
    _adverbial_negation,
    _figureless_aside,
    _figureless_subordinate,
    _going_on,
    _main_negation_outside,
    _negated_figure_subject,
    _negated_next_sentence,
    _negates_subject_modifier,
    _negation_near,
    _other_figures_only,
)
from .pairs import (
    _crossed_items,
    _crossed_pair,
    _date_role_swapped,
    _lost_place,
    _multiplier_named_apart,
    _multiplier_sides_crossed,
    _multiplier_swapped,
    _named_numbers,
    _other_names,
    _paired_otherwise,
    _period_otherwise,
    _pronoun_stands_apart,
    _reference_otherwise,
    _same_date_role,
    _start_as_value,
    _swapped_pair,
    _unnamed,
    _year_otherwise,
)
from .parts import (
    _all_as_whole_share,
    _all_but_a_part,
    _given_as_whole,
    _named_part_pairs,
    _named_whole,
    _none_against_a_count,
    _one_in_quotes,
    _one_of_counts,
    _one_of_the_same_noun,
    _other_whole,
    _pair_named_otherwise,
    _part_whole_pairs,
    _quantifier_clash,
    _whole_of_a_part,
)
from .patterns import _TOKEN, _forget_texts
from .periods import (
    _RANK,
    MAX_STATEMENT_VALUES,
    _clause_periods,
    _compare_far_period,
    _count_period,
    _is_count,
    _kana_place_elsewhere,
    _over_means_during,
    _period_of_figure_unsaid,
    _persons_unmatched,
    _quote_says_during,
    _said_total,
    _unread_codes,
    _unread_month_years,
)
from .permissions import (
    _absence_against_negation,
    _negatives_agree,
    _permission_verdict,
    _presence_against_absence,
    _undoes_absence,
)
from .places import _place_fail, _places_swapped
from .polarity import (
    _OUTCOME_GROUP,
    _PERMISSION_GROUP,
    _counted_none_against,
    _foreign_units,
    _none_before_first,
)
from .ranges import (
    _UPPER_BOUNDS,
    _range_end_beyond,
    _range_end_named,
    _range_start_top,
    _range_turned,
    _universal_bound,
)
from .ranks import (
    _absolute_person,
    _ahead_swapped,
    _implied_rank,
    _listed_group_rival,
    _order_checked,
    _ordinal_en,
    _rank_in_another_clause,
    _share_of_the_others,
    _winner_beaten,
)
from .readers import _counts_of, _out_of
from .reading import _read
from .regions import _meant_elsewhere, _tied_in_region, _tied_to_another_kind
from .results import Element, Support, Value, _close, _family, _owner
from .roles import (
    _buyer_swapped,
    _comparison_reversed,
    _counterparty_swapped,
    _killers_as_killed,
    _names_no_agent,
    _noun_parties_swapped,
    _recipient_as_giver,
    _recipient_replaced,
    _roles,
)
from .rules import _base, _is_time, rules_for
from .sentences import _content, _has_cjk, _modal_near, _modal_on_said_word
from .subjects import (
    _bracketed_shares,
    _named_instead,
    _shares_named,
    _subject_elsewhere,
    _subject_named_apart,
    _subject_swapped,
)
from .substitutions import (
    _company_replaced,
    _framed_name_replaced,
    _latin_name_replaced,
    _named_otherwise_across,
    _substituted_word,
)
from .ties import (
    _anaphora_side,
    _attributes_swapped,
    _bare_figure_counts,
    _bracket_holder,
    _compass_rival,
    _counts_another,
    _days_swapped,
    _elided_item,
    _framed_rival,
    _meaning_apart,
    _moved,
    _named_one_by_one,
    _other_group_counted,
    _others_share,
    _repeat_counts_another,
    _side_figures,
    _swapped_across,
    _swapped_ties,
    _table_rival,
    _untied_across,
    _whole_of_the_others,
    _years_swapped_whole,
)
from .values import (
    _BOUNDS,
    _HEDGE_FAMILY,
    _NO_PERIOD,
    _ago_duration,
    _bound_met,
    _compare,
    _detail_dated_otherwise,
    _next_day_said,
)
from .votes import _agent_otherwise, _tally_swapped, _vote_side_swapped
from .words import _glued_name_in


def _element_kind(s: Value) -> str:
    if s.label in ("fraction", "duration", "multiplier", "rank"):
        return s.label
    return {
        "number": "quantity",
        "percent": "percent",
        "points": "percent",
        "money": "money",
        "unit": "unit",
    }.get(s.kind, s.kind)


def _name_replaced(support: Support, said: str, theirs: str) -> Support:
    """`support` made unverified: the quote names `theirs` where the statement names `said`
    (a name replaced, which the engine cannot rule out as an alias)."""
    return Support(
        "unverified",
        f"the quote names {theirs!r} where the statement names {said!r}",
        (*support.elements, Element("name", said, theirs, "missing")),
    )


def claim_supported(
    statement: str,
    quotes: Sequence[str],
    published: date | None = None,
    *,
    statement_lang: str | None = None,
    quote_lang: str | Sequence[str | None] | None = None,
) -> Support:
    """Whether the quotes, read in their language, say what the statement says.

    ``quote_lang`` is one tag for every quote or one per quote; it defaults to the
    statement's language. ``published`` lends its year to a quote's "August 25".

    >>> claim_supported("Contracts rose by 16.1%.", ["Contracts declined by 16.1%"], \
statement_lang="en").status
    'fail'
    >>> claim_supported("Revenue reached nearly $5 billion.", ["Revenue reached $4.8 billion"], \
statement_lang="en").status
    'pass'
    >>> claim_supported("Khamenei scuttled the deal.", ["Khamenei scuttled it"]).status
    'unverified'
    """
    # The texts' readings (`_text_of`) are kept for this call's checks only.
    _forget_texts()
    support = _claim_supported(
        statement, quotes, published, statement_lang=statement_lang, quote_lang=quote_lang
    )
    if support.status in ("pass", "warn"):
        swapped = _places_swapped(statement, quotes, statement_lang, quote_lang, support)
        if swapped is not None:
            return swapped
    support = _order_checked(support, statement, quotes, statement_lang, quote_lang)
    if support.status != "pass":
        return support
    # A word of the statement that a quote replaces in the same frame (`_substituted_word`):
    # the figures agree, the thing they are said of does not.
    langs = (
        [quote_lang if quote_lang is not None else statement_lang] * len(quotes)
        if isinstance(quote_lang, str) or quote_lang is None
        else [lang if lang is not None else statement_lang for lang in quote_lang]
    )
    for quote, lang in zip(quotes, langs, strict=False):
        if lang != statement_lang:
            # Across languages, a name in a framed slot ("contrat avec Microsoft" against
            # "contract with Google"): `_named_otherwise_across`.
            across = _named_otherwise_across(statement, quote, statement_lang, lang)
            if across is not None:
                return _name_replaced(support, *across)
            continue
        found = _substituted_word(statement, quote, lang)
        if found is None:
            continue
        kind, said, theirs = found
        if kind == "name":
            return _name_replaced(support, said, theirs)
        if kind == "place":
            return _place_fail(support, said, theirs)
        return Support(
            "fail",
            f"the statement says {said!r} but the quote says {theirs!r} in the same place",
            (*support.elements, Element("word", said, theirs, "contradicted")),
        )
    # A company the statement names where a quote names another beside a matched figure
    # and none names the statement's, in any language or script (`_company_replaced`).
    company = _company_replaced(statement, list(quotes), support)
    if company is not None:
        return _name_replaced(support, *company)
    # What is drunk or eaten said otherwise (`_consumed_otherwise`), an award the statement
    # names where the quote, beside the figures both give, names another
    # (`_award_named_otherwise`): compared across languages too, none of the quotes naming
    # the statement's.
    figures = [e.quote for e in support.elements if e.verdict == "match" and e.quote]
    every = "\n".join(quotes)
    for quote, lang in zip(quotes, langs, strict=False):
        eaten = _consumed_otherwise(statement, statement_lang, quote, lang, every)
        if eaten is not None:
            return Support(
                "fail",
                f"the statement says {eaten[0]!r} is drunk or eaten but the quote {eaten[1]!r}",
                (*support.elements, Element("object", eaten[0], eaten[1], "contradicted")),
            )
        award = _award_named_otherwise(statement, quote, figures, every)
        if award is not None:
            return Support(
                "fail",
                f"the statement names the {award[0]!r} but the quote the {award[1]!r}",
                (*support.elements, Element("award", award[0], award[1], "contradicted")),
            )
    # A name the statement gives in a frame where a quote gives another in the same frame
    # ("por Erwin Schrödinger" against "by Werner Heisenberg, Max Born, and Pascual
    # Jordan"; "site do Estadão" against "site da Folha"): `_framed_name_replaced`, after
    # the closed sets above, which fail what they know ("the Oscar" for "the Golden Globe").
    for quote, lang in zip(quotes, langs, strict=False):
        framed = _framed_name_replaced(statement, quote, statement_lang, lang)
        if framed is not None:
            return _name_replaced(support, *framed)
    # A name in Latin letters of a Chinese or Japanese statement that no quote holds,
    # where a quote names another beside a matched figure (`_latin_name_replaced`).
    latin = _latin_name_replaced(statement, list(quotes), statement_lang, langs, support)
    if latin is not None:
        return _name_replaced(support, *latin)
    return support


def _goes_with(words: Sequence[str], other: Value, q: Value, why: str) -> str:
    """The note of an event the quote dates by another figure: "in the quote 'stormed',
    'palace' go with '2014', not '2013'", and why, when there is a why."""
    listed = ", ".join(repr(w) for w in words)
    go = "goes" if len(words) == 1 else "go"
    note = f"in the quote {listed} {go} with {other.shown!r}, not {q.shown!r}"
    return f"{note}: {why}" if why else note


def _claim_supported(
    statement: str,
    quotes: Sequence[str],
    published: date | None = None,
    *,
    statement_lang: str | None = None,
    quote_lang: str | Sequence[str | None] | None = None,
) -> Support:
    """Whether the quotes, read in their language, say what the statement says
    (`claim_supported`, before `_substituted_word`)."""
    if isinstance(quote_lang, str) or quote_lang is None:
        langs: list[str | None] = [quote_lang if quote_lang is not None else statement_lang] * len(
            quotes
        )
    else:
        langs = [lang if lang is not None else statement_lang for lang in quote_lang]
    src = "the quote" if len(quotes) == 1 else "the quotes"
    # The statement's number words inside names, found once for `_unnamed` and `_other_names`.
    named_here = _named_numbers(statement, statement_lang)
    stated = _read(_unnamed(statement, named_here), statement_lang)
    if any(v.loose for v in stated.values):
        # A statement's "for decades" is read in no claim: only a quote's bounds a figure.
        stated = replace(stated, values=[v for v in stated.values if not v.loose])
    stated_rules = rules_for(statement_lang)
    if stated.no_rules:
        return Support(
            "unverified",
            f"no number rules for language {stated.no_rules}",
            (Element("language", statement_lang or "", None, "unreadable"),),
        )
    readings = [_read(q, lang, True) for q, lang in zip(quotes, langs, strict=False)]
    missing_rules = next(iter([r.no_rules for r in readings if r.no_rules]), None)
    all_shares = _all_as_whole_share(stated, readings, statement_lang, langs)
    if all_shares:
        # "covering all of the conditions" for "covering 100% of the conditions".
        stated = replace(stated, values=sorted([*stated.values, *all_shares], key=_START))
    quoted: list[Value] = []
    positions: set[str] = set()  # the quotes' list and section numbers, as written
    for r, lang, written in zip(readings, langs, quotes, strict=False):
        for v in r.values:
            if (
                _list_position(r.text, v, lang)
                or _section_number(r.text, v, lang)
                or _opening_list_position(written, r.text, v, lang)
            ):
                positions.add(v.text)
            else:
                quoted.append(v)
    if positions:
        # "1 Jeep hack prompts 1.4m car recall" copied with its list number: the statement's
        # number that a quote numbers its item or section with, and that opens an item or a
        # heading in the statement as well, is the same position, no count to compare.
        stated = replace(
            stated,
            values=[
                v
                for v in stated.values
                if v.text not in positions
                or not (
                    _list_position(stated.text, v, statement_lang)
                    or _section_number(stated.text, v, statement_lang)
                    or _opening_list_position(statement, stated.text, v, statement_lang)
                )
            ],
        )
    quoted += [alt for v in quoted if (alt := _million_or_metres(v)) is not None]
    # "four years ago" meets a statement's "four years earlier"; "a few years ago" no span.
    quoted += [alt for v in quoted if v.span is None and (alt := _ago_duration(v)) is not None]
    if published is not None:
        # The quote's "last year" on a page of 2020 is 2019, for a statement's year.
        quoted += [alt for v in quoted if (alt := _placed(v, published)) is not None]
    quote_negation = next(iter([r.negation for r in readings if r.negation]), None)
    quote_directions = [d for r in readings for d in r.directions]

    elements: list[Element] = []
    fails: list[str] = []
    warns: list[str] = []
    unverified: list[str] = []
    notes: list[str] = []
    for text in stated.unreadable:
        elements.append(Element("quantity", text, None, "unreadable", "ambiguous separators"))
        unverified.append(
            f"{text!r} is ambiguous without the statement's language (a decimal or a group?)"
        )
    stated_cjk = _has_cjk(stated.text)
    for text in stated.named_units:
        unit = text.rsplit(None, 1)[-1].lower()
        if not any(unit in r.text.lower() for r in readings):
            # "39,4 Go/s" once read as a name: a figure and a unit word the quote does not
            # name alike is no name the engine may leave unread for a pass.
            elements.append(Element("unit", text, None, "unreadable", "read as a name"))
            unverified.append(f"{text!r} is read as a name, which {src} does not give")
    for text in _foreign_units(stated, stated_rules):
        # "87 kilobytes" in a language whose tables lack the word: the figure's unit is
        # unread, and a figure without its unit passes nothing.
        elements.append(Element("unit", text, None, "unreadable", "unit not read"))
        unverified.append(f"the unit of {text!r} is not read in the statement's language")
    for text in _unread_month_years(stated, stated_rules):
        # "Juli/2022-Update": a month and year the date rules do not read is no element the
        # engine may leave unread for a pass.
        elements.append(Element("date", text, None, "unreadable", "date not read"))
        unverified.append(f"the date {text!r} is not read in the statement's language")
    codes, codes_left = _unread_codes(stated, quotes)
    for text, other_code in codes:
        # "Strada Statale 164" for "Strada Statale 163": a name's or a code's number no
        # reader compares is no element a pass may leave out.
        elements.append(Element("identifier", text, other_code, "missing", "not compared"))
        unverified.append(
            f"the statement's {text!r} is not in {src}, which {_verb('has', src)} "
            f"{other_code!r} (a name's or a code's number: a person must compare them)"
        )
    if codes_left:
        unverified.append(
            f"the statement holds more than {MAX_STATEMENT_VALUES} names' or codes' numbers; "
            "only the first were looked up"
        )
    seen: set[tuple[Any, ...]] = set()
    compared_values = 0

    def contradicted(kind: str, said: str, theirs: str, note: str, why: str) -> None:
        """An element the quotes contradict: compared, listed and a reason to fail."""
        nonlocal compared_values
        compared_values += 1
        elements.append(Element(kind, said, theirs, "contradicted", note))
        fails.append(why)

    matched: list[Value] = []
    met: list[tuple[Value, Value]] = []  # each matched statement value and its counterpart
    clashed: list[tuple[Value, Value]] = []  # each contradicted one and its counterpart
    rest_negated = False  # a statement's share, negated, is the rest of the quote's
    values = stated.values
    if len(values) > MAX_STATEMENT_VALUES:
        # Each statement value is compared with every quote value: a cap keeps the work
        # linear in the quotes' length. A statement this long is no single claim anyway.
        unverified.append(
            f"the statement holds {len(values)} values; only the first "
            f"{MAX_STATEMENT_VALUES} were compared"
        )
        values = values[:MAX_STATEMENT_VALUES]
    if stated_rules is not None and "fraction" in map(_LABEL, values):
        shares_apart = [part for s in values for part in _shares_apart(s, quoted, stated_rules)]
        # A share written whole first ("30人中13人") is read as it was before such shares
        # were: its two counts stand in the statement's reading too, where the ties of
        # figures to their nouns and of parts to their wholes (read part first: "12 des
        # 18") are read.
        split_ids = {id(s) for s in values} - {id(p) for p in shares_apart}
        kept_ids = {id(s) for s in values}
        counts_apart = [p for p in shares_apart if id(p) not in kept_ids]
        if split_ids and all(
            a.value > b.value for a, b in zip(counts_apart[::2], counts_apart[1::2], strict=True)
        ):
            stated = replace(
                stated,
                values=sorted(
                    [v for v in stated.values if id(v) not in split_ids] + counts_apart,
                    key=lambda v: v.start,
                ),
            )
        values = shares_apart
    if not any(q.kind == "percent" for q in quoted):
        # "douze des quinze" for "12 députés (sur 15)": with no share in the quote, a share
        # of two counts is the two counts.
        values = [c for v in values for c in _counts_of(v, readings)]
    elif not any(v.kind == "percent" for v in values) and any(_out_of(q) for q in quoted):
        # "4勝のうち3勝", "Of the 18 Greens, 12" for "3 von 4", "12 of the 18": with no share
        # in the statement, a quote's share of two counts the statement gives as its part
        # and whole is the two counts.
        stated_shares = {
            (int(p.value), int(w.value))
            for p, w in _part_whole_pairs(stated, statement_lang)
            + _named_part_pairs(stated, statement_lang)
        }
        quoted = [
            c
            for q in quoted
            for c in (_counts_of(q, [stated]) if _out_of(q) in stated_shares else [q])
        ]
    # A part of a count ("21 Christians, 20 of them Copts") is compared with the quote's
    # parts, never passed by the whole it shares a figure with.
    # Read when a statement value first needs them: one that is a part or has a bound.
    parts: set[int] = set()
    parts_read = False
    quote_wholes: dict[int, Value] | None = None  # each quote whole's id: its part
    complement = not missing_rules and _complement(values, quoted)
    # A statement holding no word of the agents' verbs (most) has no agent `_buyer_swapped`
    # could read, for any of its keys (`_names_no_agent`): one test spares the six calls.
    agentless = bool(missing_rules) or _names_no_agent(stated.text, statement_lang)
    buyer = None if agentless else _buyer_swapped(stated, readings, langs, statement_lang)
    giver = (
        None
        if agentless or buyer is not None
        else _buyer_swapped(stated, readings, langs, statement_lang, "giving")
    )
    receiver = (
        None
        if missing_rules or buyer is not None or giver is not None
        else _recipient_as_giver(stated, readings, langs, statement_lang)
    )
    giver = giver or receiver
    # "把奖杯带给罗塞夫" for "ao levar a taça … ao ex-presidente Lula": another recipient.
    replaced = (
        None
        if missing_rules or buyer is not None or giver is not None
        else _recipient_replaced(stated, readings, langs, statement_lang)
    )
    winner = (
        None
        if agentless or buyer is not None or giver is not None
        else _buyer_swapped(stated, readings, langs, statement_lang, "defeating")
    )
    attacker = (
        None
        if agentless or buyer is not None or giver is not None or winner is not None
        else _buyer_swapped(stated, readings, langs, statement_lang, "attacking")
    )
    urger = (
        None
        if agentless or buyer or giver or winner or attacker
        else _buyer_swapped(stated, readings, langs, statement_lang, "urging")
    )
    sanctioner = (
        None
        if agentless or buyer or giver or winner or attacker or urger
        else _buyer_swapped(stated, readings, langs, statement_lang, "sanctioning")
    )
    # Parties named by common nouns the quote gives the other way round ("Soldiers
    # killed 23 rebels" for "Rebels killed 23 soldiers").
    parties = (
        None
        if missing_rules or buyer or giver or winner or attacker or urger or sanctioner
        else _noun_parties_swapped(stated, readings, langs, statement_lang)
    )
    # Figures a tie left to a person: (s, q, the other figure, its word, where in
    # `unverified` and `elements`), for `_swapped_ties` after the loop.
    ties: list[tuple[Value, Value, Value, str, tuple[list[str], bool], int, int]] = []
    repeats: list[Value] = []  # a figure the statement gives again, for `_repeat_counts_another`
    # The statement's words of a factor of change ("halved"), for `_change_as_share`.
    change_words = {
        w.lower()
        for w in (stated_rules.data.get("multipliers", {}) if stated_rules else {}).get(
            "change_words", ()
        )
    }
    for s in values:
        # A tie left to a person: the other figure, its words shown, the note, and the
        # words to find in the statement when they are the sentence's, not the figure's.
        tie: tuple[Value, str, str, tuple[list[str], bool]] | None = None
        part = _partitive(stated.text, s, statement_lang)
        key: tuple[Any, ...] = (s.kind, s.value, s.dim, s.hedge, s.ymd, s.part, s.direction, part)
        if s.kind == "rank" and key in seen:
            # The same place said again of another person ("Mouaha was runner-up, with
            # Gwizdek second"): no repeat, a rank of its own.
            of_whom = _absolute_person(stated.text, s, stated_rules)
            key += (of_whom.group() if of_whom is not None else None,)
        if key in seen:
            repeats.append(s)
            continue
        seen.add(key)
        if _version_named(s, readings):
            continue  # "for 3.6" where the quote names "the 3.6 series": a name on both sides
        if _name_repeated(s, stated.text, readings):
            continue  # "Integer 32 mitgegründet" for "co-founder of Integer 32": a name
        kind = _element_kind(s)
        if missing_rules:
            elements.append(Element(kind, s.shown, None, "unreadable", "no number rules"))
            unverified.append(f"no number rules for language {missing_rules}")
            continue
        comparable = candidates = _candidates(s, quoted)
        if not candidates and s.kind == "multiplier" and s.text.lower() in change_words:
            as_share = _change_as_share(s, quoted, readings, langs)
            if as_share is not None:
                # "Mortality has halved" for "has fallen by approximately half": the
                # factor of change as the share the quote says it changed by.
                s, change = as_share
                comparable = candidates = [change]
        if s.label == "frequency" and candidates:
            # "hired 40 people twice" for "hired 40 people": how often is not how many.
            comparable = candidates = [
                q for q in candidates if not _not_how_often(s, q, stated, readings)
            ]
        if s.kind in ("number", "year") and candidates:
            # "2000 people attended" for "In 2000, 1,500 people attended": no year's digits.
            comparable = candidates = _count_or_year(
                s, candidates, stated, statement_lang, readings, langs
            )
        if not parts_read and (part or s.hedge is not None):
            parts, parts_read = _quote_parts(readings, langs), True
        if part and any(id(q) in parts for q in candidates):
            comparable = candidates = [q for q in candidates if id(q) in parts]
        if s.label == "fraction" and not any(q.kind == "percent" for q in candidates):
            # "More than half" for "11 écologistes (sur 18)": the quote's share of a group
            # written as two counts.
            shares = _bracketed_shares(readings, langs)
            if shares:
                comparable = candidates = _shares_named(stated, s, shares, always=True) or []
        if s.kind == "percent" and candidates:
            group_shares = _shares_named(stated, s, candidates)
            if group_shares is not None:
                # "More than half of the UDI deputies" for "11 écologistes (sur 18), 11 UDI
                # (sur 30)": the share of the group the statement names.
                comparable = candidates = group_shares
        if s.kind == "number" and s.hedge is None and candidates:
            if quote_wholes is None:
                quote_wholes = {
                    id(w): p
                    for r, lang in zip(readings, langs, strict=False)
                    for p, w in _part_whole_pairs(r, lang)
                }
            instead = (
                _whole_of_a_part(s, candidates, quote_wholes)
                if quote_wholes and not _given_as_whole(stated, s, statement_lang)
                else None
            )
            if instead is not None:
                # "Nine non-attached deputies voted against" for "7 non-inscrits (sur 9)":
                # the quote's 9 is the group's whole; what the 9 are said to do, the
                # quote says of 7.
                candidates = instead
        bound = False
        if s.hedge is not None:
            # A bound ("fewer than 500") is judged against the quote's same figure when it
            # has one, not passed by any smaller number that happens to be nearby.
            same = [q for q in candidates if _close(q.value, s.value)]
            wholes = [q for q in candidates if id(q) not in parts]
            if (
                same
                and not part
                and wholes
                and s.hedge not in ("about", "nearly", "just_over", "odd")
                and all(id(q) in parts for q in same)
            ):
                # "more than 20 Christians" for "21 Christians, 20 of them Copts": a bound
                # the quote's part merely repeats is a bound on its whole.
                candidates, same = wholes, []
            alike = _named_instead(stated, s, same, candidates, readings) if same else None
            if alike:
                # "fewer than a dozen UDI deputies" for "11 UDI (sur 30), 12 députés Front
                # de gauche": the bound is on the figure named as the statement names it.
                candidates, same = alike, []
            bound = (
                not same
                and s.hedge in _HEDGE_FAMILY
                and s.hedge not in ("about", "nearly", "just_over", "odd")
            )
            candidates = same or candidates
            if bound and s.kind == "number":
                # "More than 500 stranding incidents" for "more than 5,000 incidents …, and
                # an average of 300 individual animals": the bound is judged by the figure
                # that counts what the statement counts, when some do and some do not.
                counting = _counting_alike(stated, s, candidates, readings)
                if counting:
                    candidates = counting
        if not candidates and s.kind == "unit" and s.unit == "year":
            # "The 45-year-old Carlineo" for "Patrick W. Carlineo Jr., 55, of Addison": the
            # figure set off by commas after the person's name is the person's age.
            age = _apposed_age(stated, s, statement_lang, readings, langs)
            if age is not None:
                candidates = [age]
        if not candidates and s.kind == "rank" and s.value == 1:
            since = _first_time_since(stated, s, statement_lang, readings, langs, published)
            if since is not None:
                # "for the first time in almost five years" for "ほぼ5年ぶりに": the quote
                # gives the rank by its word of "the first time since" after the same
                # duration (the duration is compared as itself).
                elements.append(Element(kind, s.shown, since, "match"))
                continue
        if not candidates and s.kind == "rank" and s.value in (1, 2):
            # "The second SSD" for a quote that shares its figures out by "the former" and
            # "the latter": the rank names one of the two; the figures it gives are
            # compared on that side (`_former_or_latter`). It is no compared value itself.
            shared = _anaphora_word(readings, langs, int(s.value) - 1)
            if shared is not None:
                elements.append(Element(kind, s.shown, shared, "match"))
                continue
        implied = (
            _implied_rank(stated, s, readings, langs, statement_lang)
            if not candidates and s.kind == "rank" and not missing_rules
            else None
        )
        if implied is not None:
            # "Clarkson belegte den zweiten Platz" for "Hüttig siegte … vor Fabian Clarkson
            # und Robin Schilff": the quote's finish order ranks the statement's person.
            rank, name, said = implied
            if _close(float(rank), s.value):
                elements.append(Element(kind, s.shown, said, "match"))
            else:
                elements.append(Element(kind, s.shown, said, "contradicted", "finish order"))
                fails.append(
                    f"the statement says {s.shown!r} but {src} {_verb('ranks', src)} "
                    f"{name} {_ordinal_en(rank)} ({said!r})"
                )
            continue
        turned = (
            _change_turned(stated, s, quoted, stated_rules)
            if not candidates and s.kind == "multiplier"
            else None
        )
        if turned is not None:
            # "Sales doubled" for "sales fell by half": the quote's every change of a share
            # goes the other way from the statement's factor of change.
            elements.append(Element(kind, s.shown, turned.shown, "contradicted", "other way"))
            fails.append(
                f"the statement says {s.shown!r} but {src} {_verb('says', src)} "
                f"{turned.shown!r}: a change the other way"
            )
            continue
        next_day = (
            _next_day_said(stated, s, statement_lang, readings, langs)
            if not candidates and s.kind == "unit" and s.dim == "second"
            else None
        )
        if next_day is not None:
            # "was arrested a day later" for "was arrested the next day": one day after.
            if _close(s.value, 86400.0):
                compared_values += 1
                elements.append(Element(kind, s.shown, next_day, "match"))
            else:
                contradicted(
                    kind,
                    s.shown,
                    next_day,
                    "",
                    f"the statement says {s.shown!r} but {src} {_verb('says', src)} "
                    f"{next_day!r} (one day later)",
                )
            continue
        one_said = (
            _one_of_the_same_noun(stated, s, readings, langs, statement_lang)
            if s.kind == "number" and s.value == 1
            else None
        )
        if one_said is not None:
            # "1 standard deviation" for "one standard deviation": the quote's word for one
            # counts the noun the statement counts with its figure, whatever other figures
            # it gives ("one son and two daughters").
            compared_values += 1
            elements.append(Element(kind, s.shown, one_said, "match", "a count of one"))
            continue
        if not candidates:
            elements.append(Element(kind, s.shown, None, "missing"))
            unverified.append(
                f"{src} {_verb('has', src)} no {_KIND_WORDS.get(s.kind, s.kind)} to compare "
                f"with {s.shown!r}"
            )
            continue
        best: tuple[tuple[float, float], Value, str, str] | None = None
        years = sorted(c.value for c in candidates if c.kind == "year") if s.kind == "year" else []
        for q in candidates:
            verdict, note = _compare(s, q, published)
            if note == _NO_PERIOD:
                verdict, note = _compare_far_period(s, q, readings, langs)
            elif s.kind == "unit" and q.kind == "number" and verdict != "missing":
                noun = _bare_figure_counts(q, readings, langs)
                if noun is not None:
                    # "The deadline is 7 days" for "the password needs 7 characters": a
                    # time is met by a bare figure only where the figure counts nothing
                    # ("Roof, who was 21 at the time").
                    verdict, note = "missing", f"the quote's figure counts {noun!r}"
            # A counterpart of the same kind that agrees as far as it goes ("in April"
            # for "April 2019", the year unsaid) is nearer than a contradicting one
            # ("March 21"); one of another kind ("2,000" for the year 2000) is not.
            # A decade that holds the statement's year ("in 1995" for "en los años 90") is
            # such a counterpart too, when the quote gives no year of that decade ("上世纪
            # 八十年代 … 1985年" for 1986: the year is the figure to compare).
            akin = q.kind == s.kind or (
                s.kind == "year"
                and q.kind == "decade"
                and bisect.bisect_left(years, q.value) == bisect.bisect_left(years, q.value + 10)
            )
            rank = _RANK[verdict] if verdict != "missing" or akin else 4
            distance = abs(q.value - s.value) / (abs(s.value) + 1.0)
            # The best verdict, then the nearest figure; but a bound ("moins de 400") is
            # judged by the quote's nearest figure (438), not passed by any smaller number
            # that happens to stand nearby (86).
            order = (distance, rank) if bound else (rank, distance)
            if best is None or order < best[0]:
                best = (order, q, verdict, note)
        assert best is not None
        _, q, verdict, note = best
        if verdict == "overstated" and s.kind == "date":
            detailed = _detail_dated_otherwise(s, q, candidates, published)
            if detailed is not None:
                # "the call on April 21" for "arrested in April for the March 21 call": the
                # statement's day is the quote's, but with another month.
                q, verdict, note = detailed, "contradicted", "its detail goes with another date"
        if verdict in ("match", "overstated") and (
            (_is_count(s) and _is_count(q) and "number" in (s.kind, q.kind))
            or s.kind == q.kind == "money"
        ):
            # "jeden Monat 300 Tiere" for "300 individual animals beaching themselves each
            # year": one count, each side's clause naming another period it recurs in.
            q_at = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
            s_per = _count_period(stated, s, statement_lang)
            s_total = s_per is None and _said_total(stated, s, statement_lang)
            q_per = (
                _count_period(readings[q_at], q, langs[q_at])
                if (s_per is not None or s_total) and q_at is not None
                else None
            )
            if q_per is not None and s_total:
                # "300 whales have stranded in total since 1840" for "an average of 300
                # individual animals beaching themselves each year": a total against a rate.
                verdict = "contradicted"
                note = f"the statement's figure is a total, {src}'s per {q_per}"
            elif q_per is not None and q_per != s_per:
                verdict = "contradicted"
                note = f"the statement's figure is per {s_per}, {src}'s per {q_per}"
            elif (
                s_per is not None
                and q_at is not None
                and not _period_of_figure_unsaid(readings[q_at], q, s_per, langs[q_at])
                and not _clause_periods(readings[q_at], q, langs[q_at])
                # "9000 Aufgaben pro Sekunde für 28 Teams": with another figure beside it,
                # the period may be that one's.
                and not any(
                    v is not s
                    and (
                        _is_count(v)
                        or v.kind == "money"
                        or (v.kind == "unit" and not _is_time(v.dim or ""))
                    )
                    for v in stated.values
                )
            ):
                # "The licence costs 2,900 yen a month" for "1年版ライセンスは2900円", "$10
                # million in damage every year" for "daños por 10 millones de dólares … a lo
                # largo de 15 años": the statement makes a rate of a figure the quote gives
                # once; how often it recurs is for a person to read.
                verdict = "missing"
                note = f"the statement's figure is per {s_per}, {src} gives it no period"
                if _said_total(readings[q_at], q, langs[q_at]):
                    # "3,000 visitors a day" for "3,000 visitors in total": a rate against
                    # the quote's total.
                    verdict = "contradicted"
                    note = f"the statement's figure is per {s_per}, {src}'s a total"
        if verdict == "match" and s.kind == q.kind == "multiplier":
            if _multiplier_swapped(stated, s, q, statement_lang, readings, langs):
                # "定期預金の金利はソフトバンク社債の200倍" for "その金利は定期預金の200倍":
                # what the quote measures against is what the statement says is the greater.
                verdict = "contradicted"
                note = "the multiplier's two sides are swapped"
            elif _multiplier_sides_crossed(stated, s, q, statement_lang, readings, langs):
                verdict = "contradicted"  # "a time deposit pays 200 times the bond's rate"
                note = "the multiplier's two sides are swapped"
            elif _multiplier_named_apart(stated, s, q, statement_lang, readings, langs):
                # "Time deposits pay 200 times the interest of SoftBank's bond" for "ソフト
                # バンクの社債…その金利は定期預金の200倍": the quote measures against another
                # thing.
                verdict = "missing"
                note = "the quote measures the multiplier against another thing than the statement"
        if verdict in ("match", "overstated") and s.kind in ("number", "unit", "percent"):
            standing = _pronoun_stands_apart(stated, s, q, statement_lang, readings, langs)
            if standing is not None:
                # "The variance is 3.08" for "Standard deviation is the square root of the
                # variance … In this case it's 3.08": the pronoun stands for another thing.
                verdict = "missing"
                note = f"in the quote {q.shown!r} is said of {standing!r}"
        named = None
        role_swapped = False  # the quote gives the statement's winner as the one beaten
        held_by = False  # a gapped coordination gives `q` to the statement's person
        by_holder = False  # a gapped coordination's holder decided `q` (`_holder_figure`)
        ordered = False  # a list given "respectively" decided `q` (`_respective_figure`)
        dated = False  # the role word beside each date decided `q` (`_same_date_role`)
        kin = [v for v in stated.values if v.kind == s.kind]
        if s.kind == "unit" and len(kin) > 1:
            # "Thilo Brill blieb über 1500 m unter vier Minuten": the race's distance is no
            # second figure of the runner's time; the figures of the time's dimension are.
            kin = [v for v in kin if v.dim == s.dim]
        person = None if len(kin) == 1 else _person_of(stated.text, s, kin, stated_rules)
        absolute = None  # a rank's person in an absolute construction (`_absolute_person`)
        if person is None and len(kin) == 1 and s.kind == "rank":
            person = absolute = _absolute_person(stated.text, s, stated_rules)
        if (
            verdict != "missing"
            and (
                s.kind == "rank"
                or (s.kind == "unit" and _is_time(s.dim or ""))
                # "Kudla sprang mehr als sechs Meter": a bound on a person's distance.
                or (s.kind == "unit" and bound and s.dim in _PERSONAL_MEASURES)
            )
            and (len(kin) == 1 or person is not None)
        ):
            # A place or a time is a person's: the statement's one figure of its kind, or
            # each of its figures of the kind, each with its own person.
            named = other = _value_of_the_named(
                stated.text, q, candidates, readings, stated_rules, person
            )
            if other is not None and other is not q:
                # "Gwizdek wurde Zweiter" for "holte Joseph Mouaha den 2. Platz, gefolgt
                # von Jan-Niklas Gwizdek auf dem 3. Platz": the figure of the statement's
                # person decides, another's never passes.
                q = other
                verdict, note = _compare(s, q, published)
                note = note or "the figure beside the statement's person"
        if (
            verdict in ("match", "overstated")
            and named is None
            and s.kind == "unit"
            and (s.dim in _PERSONAL_TIMES or (s.dim in _PERSONAL_MEASURES and s.value % 1))
            and (len(kin) == 1 or person is not None)
        ):
            holder_person = person
            if holder_person is None:
                # "Ada Pires came second; Vance won with 5.92 m": the name right before the
                # figure, when it is not the opening one and the quote names it, is its
                # person (not "den Weitsprung", a German noun).
                lead = _FULL_NAME.match(stated.text) or _NAME.match(stated.text)
                lone = _person_before(stated.text, s.start, stated_rules)
                if (
                    lone is not None
                    # Not the last part of the opening name ("Julieta Gallego Gamez won
                    # … with 6.14 m": "Gamez" ends the name "Julieta Gallego" opens).
                    and (lead is None or lone.start() > lead.end() + 1)
                    and any(_word_starts(lone.group(), r.text) for r in readings)
                ):
                    holder_person = lone
            another = _held_by_another(
                stated.text, q, candidates, readings, stated_rules, holder_person
            )
            if another is not None:
                # "Gallego Gamez gewann mit 6,14 m" for "setzte sich die Favoritin Kudla
                # (SCC) mit 6,14m durch. 2. wurde Julieta Gallego Gamez": the quote's one
                # such figure goes with another person; the statement's stands apart.
                verdict, note = "contradicted", f"in the quote {q.shown!r} goes with {another!r}"
        if verdict in ("match", "overstated") and s.kind in ("number", "unit"):
            aged = _age_of_another(stated, s, q, statement_lang, readings, langs)
            if aged is not None:
                # "Hori Parata, 22," for "Parata and his 22-year-old son": the quote's age
                # is another person's, whom the statement names apart.
                verdict = "contradicted"
                note = f"in the quote {q.shown!r} is the age of {aged[0]!r}, not {aged[1]!r}"
        if verdict in ("match", "overstated") and named is None and s.kind == "number":
            kana_place = _kana_place_elsewhere(stated, s, q, readings, langs)
            if kana_place is not None:
                # "チャタム諸島で140頭" for "140 pilot whales … on Stewart Island, … 51 …
                # on the Chatham Islands": the katakana name writes the other count's place.
                q, verdict, note = _moved(s, q, *kana_place, published, "contradicted")
        if (
            verdict in ("match", "overstated")
            and named is None
            and (s.kind == "rank" or (s.kind == "unit" and _is_time(s.dim or "")))
            and _persons_unmatched(stated, s, q, readings, langs)
        ):
            # "尤利安的成绩是7.81秒" for "Shelton siegte in 7,81 sek, Julian in 8,15 sek":
            # the quote gives several people's figures of the kind, and a statement in
            # another script cannot name one of them as the quote does.
            verdict = "missing"
            note = "the quote gives several people's figures; whose is the statement's?"
        if verdict != "missing" and named is None and s.kind in _TIED_KINDS:
            after = max((k.end for k in kin if k.end <= s.start), default=0)
            other = _holder_figure(stated, s, after, q, readings, langs, stated_rules)
            held_by, by_holder = other is q, other is not None
            if other is not None and not held_by:
                # "Jones won 49 seats" for "Smith won 49 seats and Jones 51": the figure
                # of the statement's person decides, another's never passes.
                named = q = other
                verdict, note = _compare(s, q, published)
                note = note or "the figure beside the statement's person"
            noun = (
                _gapped_noun(stated.text, s, q, readings, langs, statement_lang)
                if other is not None and s.kind == "number" and verdict in ("match", "overstated")
                else None
            )
            if noun is not None:
                # "Jones won 51 votes" for "Smith won 49 seats and Jones 51": 51 seats.
                verdict, note = "missing", f"in the quote {q.shown!r} counts {noun!r}"
        if verdict == "match" and s.kind == "rank" and named is None:
            other = _rank_of_the_named(stated.text, q, candidates, readings)
            if other is not None:
                # "Mouaha wurde Dritter" for "holte Mouaha den 2. Platz, gefolgt von
                # Gwizdek auf dem 3. Platz": the rank beside the statement's names.
                q = other
                verdict, note = _compare(s, q, published)
                note = note or "the rank beside the statement's names"
        if verdict == "match" and s.kind == "rank":
            title = _title_of(stated.text, s, stated_rules)
            owner = _owner(q, readings) if title else None
            if title and owner is not None:
                lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
                theirs = _title_of(owner.text, q, rules_for(lang))
                if theirs is None or not title.endswith(theirs):
                    # "小学国語辞典第5版" for "『例解小学国語辞典第5版』": an edition inside a
                    # title is a name, compared only as the whole name (a Chinese statement's
                    # run may hold the words before the title: "使用现代汉语词典第7版").
                    verdict = "missing"
                    note = f"{title!r} … is a title, not the quote's {theirs or ''!r}"
        if verdict == "match" and s.kind == "rank":
            other = _rank_of_the_activity(stated, s, q, candidates, readings)
            if other is not None:
                # "the first to walk on the moon" for "the second to walk on the moon, but
                # the first to drink there": the rank of the statement's activity.
                q = other
                verdict, note = _compare(s, q, published)
                note = note or "the rank of what the statement ranks"
        if (
            verdict == "contradicted"
            and s.kind == "rank"
            and _rank_of_another(stated.text, q, readings)
        ):
            verdict, note = "missing", "the quote's rank is another person's"
        if verdict == "match" and s.kind == "rank" and _rank_of_another(stated.text, q, readings):
            # "Sarah Schäfer a terminé deuxième" for "2. wurde Julieta Gallego Gamez,
            # gefolgt von Sarah Schäfer": the rank is another person's, and the statement's
            # comes behind it.
            if _named_behind(stated.text, q, readings):
                verdict = "contradicted"
                note = "the quote's rank is another person's, and the statement's comes behind"
            else:
                verdict, note = "missing", "the quote's rank is another person's"
        if verdict == "match" and s.kind == "rank" and named is None:
            if _rank_in_another_clause(stated, s, q, readings):
                # "Kudla came second; Gallego Gamez won" for "setzte sich Kudla … durch.
                # 2. wurde Gallego Gamez": the quote's rank is the other clause's person's.
                verdict, note = "contradicted", "the quote's rank is another person's"
        if verdict in ("match", "overstated") and _ahead_swapped(stated, s, q, readings):
            # "Clarkson won in 8:36.51, ahead of Hüttig" for "Hüttig siegte in 8:36,51 min
            # vor Clarkson": who is ahead of whom, the quote says the other way round.
            verdict, note = "contradicted", "the quote puts the names the other way round"
        if verdict in ("match", "overstated") and _winner_beaten(
            stated, s, q, readings, statement_lang
        ):
            # "Clarkson won in 8:36.51" for "Hüttig siegte in 8:36,51 min vor Clarkson": the
            # quote's winner beat the statement's.
            verdict, note = "contradicted", "in the quote the statement's winner comes behind"
        if verdict in ("match", "overstated") and buyer is not None:
            # "DeepMind acquired Google" for "谷歌在2014年收购的人工智能公司DeepMind": the
            # quote gives the statement's buyer as what was bought.
            verdict, note = "contradicted", f"in the quote {buyer!r} is what was bought"
        if verdict in ("match", "overstated") and giver is not None:
            # "Cannon donated $500 to Yagan" for "Yagan donated $500 to Cannon": the quote
            # gives the statement's giver as the recipient.
            given_as = "the giver" if receiver is not None else "the recipient"
            verdict, note = "contradicted", f"in the quote {giver!r} is {given_as}"
        if verdict in ("match", "overstated") and replaced is not None:
            verdict, note = (
                "contradicted",
                f"the statement's recipient is {replaced[0]!r}, the quote's {replaced[1]!r}",
            )
        if verdict in ("match", "overstated") and winner is not None:
            # "Chelsea beat Arsenal in 2017" for "Arsenal beat Chelsea in 2017": the quote
            # gives the statement's winner as the one beaten.
            verdict, note = "contradicted", f"in the quote {winner!r} is the one beaten"
            role_swapped = True
        if verdict in ("match", "overstated") and attacker is not None:
            # "In 1998 the United States blew up Bin Laden's camps" for "In 1998, Bin Laden's
            # agents blew up the United States Embassies": the quote gives the statement's
            # attacker as the one attacked.
            verdict, note = "contradicted", f"in the quote {attacker!r} is the one attacked"
        if parties is not None and (
            verdict in ("match", "overstated") or (verdict == "missing" and parties[0] == "fail")
        ):
            # "Soldiers killed 23 rebels" for "Rebels killed 23 soldiers": the quote gives
            # the statement's agent as the one acted on, whatever the figure's own reading.
            verdict, note = ("contradicted" if parties[0] == "fail" else "missing"), parties[1]
        if verdict in ("match", "overstated") and urger is not None:
            # "Sudan urged Obama to allow" for "Obama Urges Sudan to Allow": the quote gives
            # the statement's urger as the one urged.
            verdict, note = "contradicted", f"in the quote {urger!r} is the one urged"
        if verdict in ("match", "overstated") and sanctioner is not None:
            # "En 1997, le Soudan a imposé un embargo aux États-Unis" for "In 1997, Clinton
            # imposed a trade embargo against Sudan": the quote gives the statement's
            # sanctioning party as the one sanctioned.
            verdict, note = "contradicted", f"in the quote {sanctioner!r} is the one sanctioned"
        if verdict in ("match", "overstated") and _comparison_reversed(
            stated, s, q, statement_lang, readings, langs
        ):
            # "Herkömmliche Verfahren verbrauchen 70 Prozent weniger als das von Duesenfeld"
            # for "Wir verbrauchen im Vergleich zu herkömmlichen Verfahren 70 Prozent weniger".
            verdict, note = "contradicted", "the quote compares the other way round"
        if verdict in ("match", "overstated"):
            party = _counterparty_swapped(stated, s, q, statement_lang, readings, langs)
            if party is not None:
                # "85% of Google's revenue comes from its contract with Mozilla" for
                # "Mozilla noted that roughly 85% of their revenue comes from their
                # contract with Google": the quote's other party is the statement's holder.
                verdict, note = "contradicted", f"in the quote {party!r} is the other party"
        beyond = (
            _range_end_beyond(s, q, readings, stated, statement_lang)
            if verdict in ("match", "overstated") and s.hedge is not None
            else None
        )
        if beyond is not None and _compare(s, beyond, published)[0] == "contradicted":
            # "No room costs more than $500 a night" for "rates range from $500 to
            # $2,400": a bound on every figure of the range is judged by its other end too.
            # One from below said of some ("Suites cost more than $2,000") a person reads.
            upper = s.hedge in _UPPER_BOUNDS
            note = f"the quote's range goes {'up' if upper else 'down'} to {beyond.shown!r}"
            verdict = "contradicted" if upper or _universal_bound(s, statement_lang) else "missing"
            q = beyond
        elif (
            verdict == "contradicted"
            and s.hedge in _UPPER_BOUNDS
            and (
                q.range_top
                or _range_end_beyond(
                    replace(s, hedge="at_least"), q, readings, stated, statement_lang
                )
            )
            and q.value <= s.value
            and _universal_bound(s, statement_lang)
        ):
            # "No room costs more than $3,000" for "range from $500 to $2,400": said of
            # every room, the bound is one, not the stated maximum "up to $3,000" is.
            verdict, note = "match", f"the quote's range stays within {s.shown!r}"
        if verdict in ("match", "overstated", "contradicted") and (q.range_top or q.hedge == "by"):
            low = _range_start_top(stated, s, q, readings, statement_lang)
            if low is not None:
                again, again_note = _compare(s, low, published)
                if again in ("match", "overstated"):
                    q, verdict, note = low, again, again_note
                else:
                    # "rates start at $2,400" for "range from $500 to $2,400".
                    note = f"the quote's range starts at {low.shown!r}; {q.shown!r} is its top"
                    q, verdict = low, "contradicted"
        if verdict in ("match", "overstated"):
            other_end = _range_end_named(stated, s, q, readings, statement_lang)
            if other_end is not None and _compare(s, other_end, published)[0] not in (
                "match",
                "overstated",
            ):
                # "The most expensive suites cost $500" for "rates range from $500 to
                # $2,400": the statement names the end its figure is; the quote's figure
                # is the range's other end.
                note = (
                    f"the statement names the range's other end: the quote's {q.shown!r} is "
                    f"its {'top' if q.range_top else 'low end'}, {other_end.shown!r} the end "
                    "the statement names"
                )
                q, verdict = other_end, "contradicted"
        if verdict in ("match", "overstated") and q.range_top:
            low = _range_turned(stated, s, q, readings, published)
            if low is not None:
                # "The experiment ran from September 2014 to September 2011" for "2011年9月
                # 至2014年9月", "from 600% to 17%" for "from '17%' to '600%'": the statement
                # starts its span at the quote's end and ends it at its start.
                note = (
                    f"the statement's span runs from the quote's end {q.shown!r} back to "
                    f"its start {low.shown!r}"
                )
                verdict = "contradicted"
        if verdict == "match" and _glued_name_in(s, q, stated, statement_lang, readings, langs):
            # "58赶集进入了新赛道" for "58赶集为何驶入新的赛道": a company's name, nothing counted.
            verdict, note = "missing", "the figure is part of a name"
        if (
            verdict in ("match", "overstated")
            and named is None
            and not by_holder
            and _side_agrees(stated, q, readings, langs, statement_lang)
        ):
            respective = _respective_figure(stated, s, q, readings)
            if respective is not None:
                # "The latter reads at up to 2,800 MB/s" for "…, the latter 3,400 and 2,800
                # MB/s respectively" after "the former reads at … and writes at …": the
                # order of the list gives the statement's activity its figure, whatever
                # words stand beside the others.
                named, held_by, by_holder, ordered = respective, True, True, True
                if respective is not q:
                    verdict, note = _compare(s, respective, published)
                    if verdict == "contradicted":
                        note = (
                            f"in the quote the figures given in order give {respective.shown!r}, "
                            f"not {q.shown!r}, to what the statement says"
                        )
                    q = respective
        if (
            verdict in ("match", "overstated")
            and named is None
            and s.kind == q.kind == "date"
            and _same_date_role(stated, s, q, readings)
        ):
            # "am 16. Januar aktualisiert" for "am 3. Januar veröffentlicht und am 16.
            # Januar aktualisiert": the role word beside each date ties it, whatever other
            # word of the statement the quote says beside another date.
            named, held_by, by_holder, dated = q, True, True, True
        held = verdict in ("match", "overstated")  # before the ties below leave it open
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS:
            compass = _compass_rival(stated, s, q, readings)
            if compass is not None:
                # "11人来自南部" for "11 integrantes do Sudeste, 8 do Sul": the count of
                # the statement's region decides.
                q, verdict, note = _moved(s, q, *compass, published, "contradicted")
        if (
            verdict in ("match", "overstated")
            and s.kind in _TIED_KINDS
            and s.label != "share"
            and named is None
        ):
            # "the two-legged robot" for "the four-legged robot walks 2": the quote's count of
            # the statement's noun decides, not a bare number elsewhere.
            tied = _glued_count_elsewhere(stated, s, q, comparable, readings, langs, statement_lang)
            if tied is None and not stated_cjk:
                tied = _tied_in(stated, s, q, comparable, readings, langs, statement_lang)
            if tied is None:
                # "Au moins 19 étrangers" for "killing at least 19 people, including 17
                # foreigners": the statement's noun, in another language, is 17's.
                tied = _noun_tied_across(stated, s, q, comparable, readings, langs, statement_lang)
            hint = False
            if tied is None:
                # "Solar power cuts costs by 30%" for "reduces emissions by 30 percent and
                # lowers costs by 60 percent": the noun tied to each figure decides; left
                # to a person unless the statement swaps both (`_swapped_ties`).
                tied = _noun_tie_swapped(stated, s, q, comparable, readings, langs, statement_lang)
                hint = tied is not None
            if tied is None:
                region = _tied_in_region(stated, s, q, comparable, readings, langs, statement_lang)
                if region is None:
                    region = _tied_to_another_kind(stated, s, q, readings)
                if region is not None:
                    tied, hint = region[:2], region[2]
            if tied is not None and not stated_cjk:
                elided = _elided_item(stated, q, *tied, readings, langs, statement_lang)
                if elided is not None:
                    # "2 do Centro-Oeste" in "11 integrantes do Sudeste, 8 do Sul, 2 do
                    # Centro-Oeste", "three others" after "Two gunmen died": the item counts
                    # what the item before it counts. The statement's word beside that item
                    # decides ("vêm do Centro-Oeste"); with none, a person reads.
                    tied, hint = (None, hint) if elided else (tied, True)
            if tied is not None and _whole_of_the_others(stated, s, q, tied, readings, langs):
                # "Designers were under half of the staff" for "Writers made up 95% of the
                # staff. The other 5% were designers": the others' share is of that whole
                # too; `_others_share` below says whose the statement's is.
                tied = None
            if tied is not None and _bound_met(s, q, tied[0]):
                # "within a day of the massacre" for "less than 24 hours after the massacre,
                # … a two-hour interview to FBI agents": the same bound on the same span
                # is the statement's figure, whatever word the other figure shares.
                tied = None
            if tied is not None:
                # "Roof murdered 33 people" for "33 federal hate crime counts for murdering
                # nine people": the figure is the quote's, what it counts is not.
                # A `hint` (one word of the statement beside another figure) that the other
                # figure does not meet is for a person to read.
                otherwise = "missing" if hint else "contradicted"
                if hint and _meaning_apart(stated, s, q, tied[0], readings):
                    # "uses 20% less energy" for "35 % d'énergie en moins et réduit ses
                    # émissions de 20 %": the words of q's clause measure another thing.
                    otherwise = "contradicted"
                q, verdict, note = _moved(s, q, *tied, published, otherwise)
                tie = (
                    (tied[0], repr(tied[1]), note, ([tied[1]], False))
                    if verdict == "missing"
                    else None
                )
        if (
            verdict in ("match", "overstated")
            and s.kind in _TIED_KINDS
            and not stated_cjk
            and named is None
        ):
            elsewhere = _subject_elsewhere(
                stated, s, q, comparable, readings, langs, statement_lang
            )
            if elsewhere is not None:
                # "51 pygmy whales on Ninety Mile Beach" for "10 rare pygmy whales on Ninety
                # Mile beach, 51 stranded … on the Chatham Islands": never a pass; whose
                # figure is whose, a person reads (a name may be the whole sentence's).
                other, word, otherwise = elsewhere
                q, verdict, note = _moved(s, q, other, word, published, otherwise)
                tie = (other, repr(word), note, ([word], False)) if verdict == "missing" else None
        opened = verdict == "missing" and held  # a tie above left it to a person
        if (
            (verdict in ("match", "overstated") or opened)
            and s.kind in _TIED_KINDS
            and not stated_cjk
            and not by_holder  # a gapped coordination's holder decided it above
        ):
            switched = _subject_swapped(stated, s, q, comparable, readings, statement_lang, langs)
            if switched is not None:
                # "Les socialistes ont obtenu 12 sièges" for "Les Verts ont obtenu 12 sièges
                # et les socialistes 20": the figure is the other subject's. One a tie
                # above left to a person is only ever failed here, never passed.
                moved = _moved(s, q, *switched, published, "contradicted")
                if not opened or moved[1] == "contradicted":
                    q, verdict, note = moved
        if (
            verdict in ("match", "overstated")
            and s.kind in _TIED_KINDS
            and named is None
            and not by_holder
        ):
            apart = _subject_named_apart(stated, s, q, statement_lang, readings, langs)
            if apart is not None:
                # "OkCupid gathered 50,000 signatures" for "OkCupid and CREDO Mobile …
                # objected, … while Credo amassed 50,000 signatures": the quote's figure
                # is another subject's; the statement's stands apart from it.
                verdict = "contradicted"
                note = f"in the quote {q.shown!r} goes with {apart[0]!r}, not {apart[1]!r}"
        if (
            verdict in ("match", "overstated")
            and s.kind == "date"
            and q.kind == "date"
            and not dated
        ):
            event = _event_date_elsewhere(stated, s, q, readings, langs, statement_lang)
            if event is not None:
                # "Er wurde am 21. März festgenommen" for "He was arrested in April for the
                # March 21 call": the quote dates the arrest otherwise; its March 21 is the
                # call's.
                q, verdict, note = _moved(s, q, *event, published, "contradicted")
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS and not stated_cjk:
            apart = _kind_listed_before(stated, s, q, readings, langs, statement_lang)
            if apart is not None:
                # "27 humpback whales" for "Humpback whale and 27 pilot whales": the quote
                # lists the statement's kind apart; its figure counts another kind.
                verdict = "missing"
                note = f"in the quote {q.shown!r} counts {apart[1]!r}, {apart[0]!r} is listed apart"
        if verdict == "overstated" and s.hedge is None and q.hedge is not None:
            bounding = _shared_bound(stated, s, q, statement_lang)
            if bounding is not None:
                # "jusqu'à 10 ans de prison et 250 000 dollars d'amende", "最高面临10年监禁和
                # 25万美元罚款": one bound before two coordinated figures bounds both.
                verdict, note = "match", f"{bounding.hedge_text[:-1]!r} bounds both figures"  # type: ignore[index]
        named_side = _stated_side(stated, statement_lang)
        if verdict in ("match", "overstated") and _former_or_latter(q, readings, langs, named_side):
            # "前者は…3000MB/s、後者は…2800MB/s": which figure is whose, the reader must
            # work out from the sentence before; the engine does not. The quote's own figure
            # without its hedge ("3470MB/s" for "最大3470MB/s"), in a statement that names
            # neither side, stays overstated: a warning, never a pass, whichever side it is.
            overstated = verdict == "overstated"
            verdict, note = "missing", "the quote gives its figures by 'the former'/'the latter'"
            own = (
                []
                if named_side is None
                else _side_figures(q, comparable, readings, langs, named_side)
            )
            if own and all(_compare(s, c, published)[0] == "contradicted" for c in own):
                # "後者のライトは最大3000MB/s" for "前者の…ライトは最大3000MB/s、後者はそれぞれ
                # 最大3400MB/s、最大2800MB/s": the statement names the side itself, and
                # none of that side's figures of the dimension is the statement's.
                side_word = _anaphora_word(readings, langs, named_side or 0)
                q, verdict = own[0], "contradicted"
                note = (
                    f"the statement names {side_word!r}, "
                    f"whose figures are {', '.join(repr(c.shown) for c in own)}"
                )
            elif overstated and not own and s.hedge is None and _close(s.value, q.value):
                verdict, note = (
                    "overstated",
                    f"the statement drops the quote's {q.hedge_text[:-1]!r}"
                    if q.hedge_text
                    else "the statement is more precise than the quote",
                )
        if (
            verdict in ("match", "overstated")
            and (stated.directions or q.direction)
            and s.hedge is None
        ):
            role = _change_role(stated.text, s, statement_lang, stated.directions)
            if role is None and _change_amount(stated.text, s, statement_lang):
                role = "amount"  # "rose by $80 million": neither where it starts nor ends
            owner = _owner(q, readings) if role else None
            if owner is not None:
                lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
                theirs = _change_role(owner.text, q, lang, owner.directions)
                if theirs is not None and theirs != role:
                    # "lowered to 14" for "raised from 14 to 16": where a change ends is
                    # not where it starts.
                    verdict = "contradicted"
                    note = f"the quote's {q.shown!r} is where the change {theirs}s"
                elif theirs is None and _base(lang) == _base(statement_lang):
                    # "up from $163 million" for "$163 million, up 33% from $123 million":
                    # the quote's change starts at another figure.
                    starter = next(
                        (
                            u
                            for u in owner.values
                            if u is not q
                            and _family(u) == _family(q)
                            and _compare(s, u, published)[0] == "contradicted"
                            and _change_role(owner.text, u, lang, owner.directions) == role
                        ),
                        None,
                    )
                    if starter is not None:
                        verdict = "contradicted"
                        note = f"in the quote the change {role}s at {starter.shown!r}"
        if verdict in ("match", "overstated") and s.hedge is None and s.kind in _DIRECTED:
            for named_role, quoted_role in (("start", "end"), ("end", "start")):
                old = _start_named(stated.text, s, statement_lang, f"{named_role}_named")
                owner = _owner(q, readings) if old is not None else None
                if owner is None:
                    continue
                lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
                if _change_role(owner.text, q, lang, owner.directions) == quoted_role:
                    # "The old settings spanned a factor of 6" for "from ± a factor of 2
                    # (the old settings) to ± a factor of 6": the old figure is where the
                    # change starts, not where it ends; "Spain's new marrying age is 14"
                    # for "raises marrying age from 14 to 16": the new one where it ends.
                    verdict = "contradicted"
                    note = (
                        f"the statement's {old!r} figure is where the change {named_role}s; "
                        f"the quote's {q.shown!r} is where it {quoted_role}s"
                    )
                    break
        if verdict in ("match", "overstated") and (s.direction or q.direction):
            level = _level_against_count(stated, s, q, readings, langs, statement_lang)
            if level:
                # "fell to 120" for "closed 120 stores": a level, against a count taken.
                verdict, note = "missing", level
        if (
            verdict in ("match", "overstated")
            and not held_by
            and (absolute is None or named is not q)
        ):
            rival = _untied_across(stated, s, q, readings, langs, statement_lang)
            if rival is not None:
                side = _anaphora_side(q, readings, langs)
                if (
                    side is not None
                    and side == _stated_side(stated, statement_lang)
                    and (_anaphora_side(rival[0], readings, langs) == 1 - side)
                ):
                    # "Le second SSD lit jusqu'à 3,4 Go/s" for "前者のリードが最大3470MB/s、
                    # …後者はそれぞれ最大3400MB/s": the statement names the latter, whose
                    # figure `q` is; the former's is no rival.
                    rival = None
            if rival is not None:
                other, word = rival
                again, _ = _compare(s, other, published)
                if word and again == "contradicted":
                    # "the first man to walk on the Moon" for "第二个在月球上行走的人，但他是
                    # 第一个在月球上喝酒的人": the statement's activity goes with the other.
                    note = f"in the quote {word!r} goes with {other.shown!r}, not {q.shown!r}"
                    q, verdict = other, "contradicted"
                else:
                    # A quote in another language gives two places or speeds in the
                    # sentence; which is the statement's, its words do not tell.
                    verdict = "missing"
                    note = (
                        f"the quote also gives {other.shown!r}; which is the statement's, "
                        "words in another language do not tell"
                    )
        if verdict in ("match", "overstated"):
            framed = _framed_rival(stated, s, q, readings, langs, statement_lang)
            if framed is not None:
                # "La foire détient 51 %" for "zu 51 Prozent durch die Stadtwerke und zu
                # 49 Prozent von der Messe": the holder of the statement's words decides;
                # with none, whose share is whose, a person reads.
                other, held = framed
                if held and _compare(s, other, published)[0] == "contradicted":
                    note = f"in the quote the statement's holder goes with {other.shown!r}"
                    q, verdict = other, "contradicted"
                else:
                    verdict = "missing"
                    note = (
                        f"the quote also gives {other.shown!r}, each figure to its own "
                        "holder; which is the statement's, words in another language do "
                        "not tell"
                    )
        if verdict in ("match", "overstated"):
            others_share = _others_share(stated, s, q, readings, langs, statement_lang)
            if others_share is not None:
                # "Writers were less than half of the staff" for "Writers made up 95% of
                # the staff. The other 5% were designers": the statement's holder's share
                # decides; the others' complement meets only a statement about them.
                other, word, otherwise = others_share
                again, _ = _compare(s, other, published)
                if word:
                    q, verdict, note = _moved(s, q, other, word, published, otherwise)
                    tie = (
                        (other, repr(word), note, ([word], False)) if verdict == "missing" else None
                    )
                elif again not in ("match", "overstated"):
                    verdict = "missing"
                    note = (
                        f"the quote's {q.shown!r} is the others' share, {other.shown!r} its "
                        "holder's; which is the statement's, its words do not tell"
                    )
        if verdict in ("match", "overstated"):
            holder = _share_of_the_others(stated, s, q, readings, langs)
            if holder is None:
                holder = _listed_group_rival(stated, s, q, readings, langs)
            if holder is not None:
                # "Designer stellten 95 Prozent" for "Writers made up 95% …. The other 5%
                # were designers"; "12 Green deputies" for "11 écologistes (sur 18), …
                # 12 députés Front de gauche": the statement's holder has another figure.
                q, verdict, note = _moved(s, q, *holder, published, "contradicted")
        if (verdict in ("match", "overstated") or opened) and s.kind in _TIED_KINDS:
            # Also where a tie above left it to a person ("The Greens won 22 seats" for
            # "The Greens (14 seats) …, while the Liberals (22 seats)"): the bracket decides.
            bracketed = _bracket_holder(stated, s, q, readings, langs, statement_lang)
            if bracketed is not None:
                # "Private Anbieter machen 80 Prozent aus" for "Kommunale Unternehmen (80
                # Prozent) …, private Anbieter (20 Prozent)": the figure in brackets is the
                # noun's before them; the statement's holder's decides.
                q, verdict, note = _moved(s, q, *bracketed, published, "contradicted")
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS:
            cell = _table_rival(stated, s, q, readings, published)
            if cell is not None:
                # "the z-score … was 0.733" for "400 │ 24 │ 0.733 │ 3.4388 │ 6.765".
                verdict = "missing"
                note = f"table cells: the row also gives {cell.shown!r}, and no column heads"
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS:
            counted = _counts_another(s, q, comparable, stated, statement_lang, readings, langs)
            if counted is not None:
                # "35.681.468 páginas visualizadas" for "35.681.468 Total de visitantes":
                # page views are no visitors, the dead no injured.
                verdict, note = "contradicted", f"it counts {counted[1]!r}, not {counted[0]!r}"
        if verdict in ("match", "overstated") and s.kind in ("century", "decade"):
            owner = _owner(q, readings)
            qualified = _period_qualifies_another(stated, s, q, owner) if owner else None
            if qualified is not None:
                # "its 19th-century mosaics" for "Housed in a 19th-century palace, … famous
                # for its Roman mosaics": the century is the palace's.
                verdict = "contradicted"
                note = f"in the quote {q.shown!r} qualifies {qualified[1]!r}, not {qualified[0]!r}"
        if verdict in ("match", "overstated") and s.kind == "date":
            owner = _owner(q, readings)
            other = _dateline_only(s, q, owner, published) if owner is not None else None
            if other is not None:
                # "8月10日に販売を始める" for "8月12日11時発売（2022年08月10日）": the date in
                # brackets closing the quote is the page's; the event's is another.
                verdict = "missing"
                note = f"{q.shown!r} dates the page; the quote's {other.shown!r} contradicts"
        if (
            verdict in ("match", "overstated")
            and s.kind in ("date", "year", "decade", "century")
            and not dated
        ):
            owner = _owner(q, readings)
            two_langs = owner is not None and _across(owner, readings, langs, statement_lang)
            if owner is not None and not _has_cjk(owner.text) and (not stated_cjk or two_langs):
                event = (
                    _date_of_another_event(stated, s, q, owner, published)
                    if s.kind in ("date", "year") and not stated_cjk
                    else None
                )
                if event is not None:
                    # "arrested in March" for "arrested in April for the March 21 call".
                    other, word = event
                    note = f"in the quote {word!r} goes with {other.shown!r}, not {q.shown!r}"
                    q, verdict = other, "contradicted"
                else:
                    told = _told_of_another_date(stated, s, q, owner, published, across=two_langs)
                    if told is not None:
                        # "Mozilla inherited Netscape's code base in 2011" for "… Mozilla
                        # inherited Netscape's code-base in 1998. In 2011, Eich transferred
                        # …": the quote tells the statement's event in 1998's sentence.
                        q, verdict, note = _told_elsewhere(q, *told)
                        if verdict == "missing":
                            tie = (told[0], ", ".join(map(repr, told[1])), note, (told[1], True))
        if verdict in ("match", "overstated", "contradicted") and s.kind in _EVENT_TIME_KINDS:
            owner = _owner(q, readings)
            two_langs = owner is not None and _across(owner, readings, langs, statement_lang)
            if owner is not None and not _has_cjk(owner.text) and (not stated_cjk or two_langs):
                timed = _event_time_elsewhere(stated, s, q, owner, published, across=two_langs)
                if timed is not None:
                    # "Bin Laden lived in Khartoum in 1997" for "In 1997, Clinton imposed
                    # … an embargo …. In the mid-1990s, Osama bin Laden lived in Khartoum":
                    # the sentence that tells the statement's event dates it.
                    other, verdict, why, event_words = timed
                    note = _goes_with(event_words, other, q, why)
                    q = other
                elif verdict in ("match", "overstated"):
                    clause_swap = _event_clause_swapped(
                        stated, s, q, owner, published, across=two_langs
                    )
                    if clause_swap is not None:
                        # "Die Soldaten stürmten den Palast 2013" for "Islamists came to
                        # power in 2013, and soldiers stormed the palace in 2014": the
                        # other clause of the sentence tells the statement's event.
                        other, verdict, why, event_words = clause_swap
                        note = _goes_with(event_words, other, q, why)
                        q = other if verdict == "contradicted" else q
        if verdict in ("match", "overstated") and s.kind == "number":
            owner = _owner(q, readings)
            # Counters in Chinese or Japanese; a statement in another language against
            # them by the nouns its data file classes ("2,400 residents" for "2400個").
            if owner is not None and _has_cjk(owner.text):
                lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
                countered = _counted_otherwise(
                    stated, s, q, owner, (stated_rules, rules_for(lang)), published
                )
                if countered is not None:
                    # "40名员工" (people) for "40台机器" (machines).
                    verdict, note, q = countered
        if verdict == "contradicted" and q.label == "relative time" and s.kind != "relative":
            # The quote's "this year" placed by the page's date, which may be a later
            # update's: it places the claim, it does not refute it.
            placed = "-".join(f"{x:02d}" for x in (q.ymd or ()) if x is not None)
            verdict, note = "missing", f"{q.text!r} on a page dated {published} is {placed}"
        if verdict in ("match", "overstated") and s.kind == "number" and q.kind == "number":
            group = _other_group_counted(stated, s, q, readings, langs, statement_lang)
            if group is not None:
                # "including 17 Tunisians" for "including 17 foreigners": the same figure
                # for another group; whether the one is the other, the words do not tell.
                verdict = "missing"
                note = f"the statement counts {group[0]!r}, the quote {group[1]!r}"
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS and q.kind == s.kind:
            owner = _owner(q, readings)
            if (
                owner is not None
                and _across(owner, readings, langs, statement_lang)
                and not _has_cjk(owner.text)
            ):
                owner_lang = langs[next(i for i, r in enumerate(readings) if r is owner)]
                figure = _told_of_another_figure(
                    stated, s, q, owner, published, quote_lang=owner_lang
                )
                if figure is not None:
                    # "枪支暴力造成的死亡人数不到100人" for "… killed … by terrorism, it's
                    # less than 100. … killed by gun violence, it's in the tens of
                    # thousands": the quote tells gun violence with another figure.
                    q, verdict, note = _told_elsewhere(q, *figure)
                    if verdict == "missing":
                        tie = (figure[0], ", ".join(map(repr, figure[1])), note, (figure[1], True))
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS:
            meant = _meant_elsewhere(stated, q, comparable, readings, langs, statement_lang)
            if meant is not None:
                # "la violence armée a tué moins de 100 Américains" for "… by terrorism,
                # it's less than 100. … by gun violence, it's in the tens of thousands": the
                # statement's meaning is the other figure's sentence's; a person reads.
                other, word, otherwise = meant
                q, verdict, note = _moved(s, q, other, word, published, otherwise)
        if verdict in ("match", "overstated") and s.kind in _TIED_KINDS and not ordered:
            thing = _other_thing_counted(stated, s, q, readings, langs, statement_lang)
            if thing is not None:
                # "23 Stimmen" for "23 seats": the same figure counts another thing; so do
                # two members of one closed set in two languages ("ballenas jorobadas" for
                # "sperm whales": whale kinds, `_apart_in_set`).
                owner = _owner(q, readings)
                set_apart = thing[2] or (
                    owner is not None
                    and _apart_in_set(
                        thing[0],
                        statement_lang,
                        thing[1],
                        langs[next(i for i, r in enumerate(readings) if r is owner)],
                    )
                    is not None
                )
                verdict = "contradicted" if set_apart else "missing"
                note = f"the statement counts {thing[0]!r}, the quote {thing[1]!r}"
            elif (killers := _killers_as_killed(stated, s, q, readings)) is not None:
                # "200多名袭击者死亡" for "killing more than 200 people": the attackers
                # are not whom the attack killed.
                verdict = "contradicted"
                note = f"the statement's {killers[0]!r} against the quote's {killers[1]!r}"
        if verdict == "contradicted" and s.kind == "number" and q.kind == "number":
            uncounted = _named_one_by_one(stated, s, q, readings, langs, statement_lang)
            if uncounted is not None:
                # "bombed two US embassies" for "blew up the United States Embassies in
                # Kenya and Tanzania, killing more than 200 people": the quote names the
                # embassies without a count; its figure counts something else.
                verdict = "missing"
                note = (
                    f"the quote names {uncounted!r} one by one, without a count; "
                    f"{q.shown!r} counts another thing"
                )
        if (
            verdict == "contradicted"
            and s.hedge == "more_than"
            and s.label == "duration"
            and stated_rules is not None
            and (s.hedge_text or "")[:-1].lower()
            in stated_rules.data.get("hedges", {}).get("during", [])
            and q.kind == "unit"
            and _close(s.value, q.value)
        ):
            # "30 witnesses over six days" for "six days of testimony": "over" may be "during";
            # "über 15 Jahre hinweg" is "during" ([hedges] during_after).
            hedges = stated_rules.data.get("hedges", {})
            after = hedges.get("during_after", [])
            following = [
                w.lower()
                for w in itertools.islice(_TOKEN.findall(stated.text, s.end, s.end + 24), 2)
            ]
            opening = s.hedge_span[0] if s.hedge_span else s.start
            before = _TOKEN.findall(stated.text, max(0, opening - 16), opening)
            if (before and before[-1].lower() in hedges.get("not_during_before", [])) or (
                following[:1] and following[0] in hedges.get("not_during_after", [])
            ):
                # "for over an hour" for "for nearly an hour", "over 300 years later": the
                # words around it make the comparator "more than", which is contradicted.
                pass
            elif (after and any(w in after for w in following)) or _quote_says_during(
                q, readings, langs
            ):
                verdict, note = "match", ""
            else:
                verdict, note = "missing", f"{s.hedge_text[:-1]!r} may mean 'during'"  # type: ignore[index]
        if verdict == "match" and _over_means_during(s, q, stated, stated_rules, readings, langs):
            # "over 12 years" for "a lo largo de 15 años": the quote's "during" makes the
            # statement's "over" one too, and 12 years are not 15.
            verdict, note = "contradicted", ""
        if verdict == "contradicted" and s.kind == "percent":
            negated = bool(stated.negations) != any(r.negations for r in readings)
            negated = negated or _other_than(stated, statement_lang, readings, langs)
            rest = _rest_of(s, comparable, negated or complement, published)
            if rest is not None:
                verdict, note = "missing", f"100 % less the quote's {rest.shown}"
                # "Only 5% do not start" for "95% begin": the negation says the rest.
                rest_negated = rest_negated or bool(stated.negations)
        if (
            verdict == "contradicted"
            and complement
            and s.hedge in _BOUNDS
            and s.kind != "percent"
            and _close(s.value, q.value)
        ):
            # "more than five seconds late" for "within five seconds": the other side of
            # the quote's bound, for the rest of its share.
            verdict, note = "missing", f"the other side of the quote's {q.shown}"
        if (
            verdict == "contradicted"
            and s.direction
            and q.direction == 0
            and s.kind == "unit"
            and _is_time(s.dim or "")
            and q.kind == "unit"
            and ":" in q.text
            and stated_rules is not None
            and (s.direction_text or "").lower()
            in stated_rules.data.get("worked", {}).get("margin", [])
        ):
            # "88 Sekunden schneller als der Zweite" for "siegte in 8:36,51 min vor …": a
            # margin of time against a time on the clock, which gives it only worked out.
            verdict, note = "missing", "a margin the reader works out from the quote's times"
        if (
            verdict == "contradicted"
            and s.hedge is None
            # Parties the quote gives the other way round: no figure worked out mends them.
            and (parties is None or parties[0] != "fail")
            and not role_swapped
        ):
            worked = (
                _worked_out(s, quoted, _a_change(stated, s, statement_lang))
                or _product_of(s, stated.values, stated.text, quoted)
                or _ratio_of(s, quoted)
                or _named_figure(s, readings)
                or _listed_sum(s, stated, statement_lang, readings, langs)
                or _named_uncounted(s, q, stated, statement_lang, readings, langs)
                or _year_of_span(s, stated, quoted)
                or _labels_counted(s, readings)
                or _figures_counted(s, readings)
                or _words_counted(s, stated, statement_lang, readings)
            )
            if worked:
                # "12 people" for "nine murdered and three others": a figure the reader
                # works out from the quote's; a person checks the arithmetic and its sense.
                # "5,000 chips" for "Threadripper PRO 5000WX": a figure of a name.
                verdict, note = "missing", worked
        if verdict == "contradicted" and s.hedge == "about":
            # "around 200 … in all" for counts that add up to 201.
            worked = _listed_sum(s, stated, statement_lang, readings, langs)
            if worked:
                verdict, note = "missing", worked
        if (
            verdict in ("match", "overstated")
            and s.direction
            and (
                q.direction
                or stated_rules is None
                or (s.direction_text or "").lower() not in stated_rules.directions_count_only
            )
        ):
            # A verb of a count ("hire 500") is checked against the quote's own count's
            # direction only: a quote that says none leaves it unchecked. A word of up or
            # down ("cut 300 jobs") stays missing there ("employs 300 people").
            compared = _compare_direction(
                s, q, _directions_for(q, readings, quote_directions), verdict, note
            )
            degree = (
                _superlative_degree(stated.text, s.direction_text, statement_lang)
                if compared[0] == "missing"
                else None
            )
            if degree is not None and _quote_degrees(readings, langs) == {degree}:
                # "le langage le plus apprécié depuis quatre ans" for "most loved language
                # for four years": "plus" is a superlative's degree ([polarity.degree]), no
                # change of the figure; the quote says the same degree, and no other.
                compared = verdict, note
            if compared[0] != "missing" or not _maybe_won(s, stated_rules):
                verdict, note = compared
        if verdict in ("match", "overstated") and s.kind not in ("date", "year"):
            clauses = _other_clause_item(stated, s, q, statement_lang, readings, langs)
            if clauses is not None:
                # "Hardware sales rose 5%" for "Cloud revenue rose 5% … while hardware
                # sales fell 2%": the statement names the other clause's thing (after the
                # rules that name the other thing, whose word is the sharper one).
                q_clause, other_clause, rival_figure = clauses
                if rival_figure is not None and _compare(s, rival_figure, published)[0] != "match":
                    verdict = "contradicted"
                else:
                    verdict = "missing"
                note = f"in the quote {q.shown!r} goes with {q_clause!r}, not {other_clause!r}"
        if verdict in ("match", "overstated") and s.kind not in ("date", "year"):
            places = _place_lead_apart(stated, q, statement_lang, readings, langs)
            if places is not None:
                # "In Canada, reservations cover 80,000 km²" for "In the United States,
                # reservations cover 80,000 km²": the quote's figure is another place's.
                verdict = "missing"
                note = f"the quote says {q.shown!r} of {places[1]!r}, not of {places[0]!r}"
        # A time named from the page's date ("next week" for "next week", "last year" for
        # "2019" on a page of 2020) places the claim but is no claim to pass on its own:
        # like a direction, it counts when it disagrees. "Two years ago" against the
        # quote's "two years ago" is a duration compared.
        compared_values += verdict != "missing" and (
            s.kind != "relative" or verdict != "match" or (s.unit, q.kind) == ("ago", "relative")
        )
        # "2019" for the quote's "last year", placed by the page's date: no claim alone.
        compared_values -= (
            verdict == "match" and q.label == "relative time" and s.kind != "relative"
        )
        # "a few months" for "a few months": words alike, no figure compared.
        compared_values -= (
            verdict == "match" and s.hedge == "range" and s.kind != "number" and not s.collective
        )
        if verdict in ("match", "overstated"):
            matched.append(q)
            met.append((s, q))
        elif verdict == "contradicted":
            clashed.append((s, q))
        s_shown, q_shown = s.shown, q.shown
        elements.append(Element(kind, s_shown, q_shown, verdict, note))
        if verdict == "match":
            if note:
                notes.append(f"{s_shown!r} = {q_shown!r} ({note})")
            continue
        said = f"the statement says {s_shown!r} but {src} {_verb('says', src)} {q_shown!r}"
        if verdict == "contradicted":
            fails.append(f"{said}{f' ({note})' if note else ''}")
        elif verdict == "overstated":
            warns.append(f"{said}: {note}" if note else said)
        elif verdict == "missing":
            if tie is not None and tie[2] == note:
                ties.append((s, q, tie[0], tie[1], tie[3], len(unverified), len(elements) - 1))
            unverified.append(f"{said}: {note}")
        elif note:
            notes.append(f"{s_shown!r} = {q_shown!r} ({note})")
    if ties:
        settled_ties = _swapped_ties(
            ties, met, src, published, stated.text, statement_lang, readings
        )
        for u_at, e_at, fail in settled_ties:
            unverified[u_at] = ""
            elements[e_at] = replace(elements[e_at], verdict="contradicted")
            fails.append(fail)
        unverified[:] = [u for u in unverified if u]
    for s in [] if missing_rules else repeats:
        repeated = _repeat_counts_another(stated, s, met, readings)
        if repeated is not None:
            # "all 33 counts for murdering 33 people" for "all 33 … counts for murdering
            # nine people": the figure given again counts a noun the quote counts otherwise.
            other, noun = repeated
            contradicted(
                _element_kind(s),
                s.shown,
                other.shown,
                f"in the quote {noun!r} goes with {other.shown!r}",
                f"the statement says {s.shown!r} again but {src} {_verb('says', src)} "
                f"{other.shown!r} (in the quote {noun!r} goes with {other.shown!r})",
            )
    if met and not missing_rules:
        for s, q, word, theirs in _attributes_swapped(stated, met, readings, langs, statement_lang):
            # "writes at up to 3,470 MB/s" for "シーケンシャルリードが最大3470MB/s": the
            # figure is given the other attribute of its pair.
            contradicted(
                _element_kind(s),
                s.shown,
                q.shown,
                f"{word!r} against {theirs!r}",
                f"the statement says {s.shown!r} of {word!r} but {src} "
                f"{_verb('says', src)} {q.shown!r} of {theirs!r}",
            )
    for said in [] if missing_rules else _one_of_counts(stated, statement_lang):
        one, zero = _one_in_quotes(readings, langs)
        if one is not None:
            elements.append(Element("quantity", said, one, "match", "a count of one"))
        elif zero is not None:
            # "Bombshell had four nominations and won one of them" for "went into the
            # awards with four nods but emerged empty-handed": one, against none.
            contradicted(
                "quantity",
                said,
                zero,
                "none",
                f"the statement says {said!r} but {src} {_verb('says', src)} {zero!r}",
            )
        else:
            elements.append(Element("quantity", said, None, "missing", "a count of one"))
            unverified.append(f"{src} {_verb('gives', src)} no count to compare with {said!r}")
        break
    denied_count = (
        None
        if missing_rules or fails or any(r.negations for r in readings)
        else _none_against_a_count(stated, statement_lang, quoted, langs)
    )
    if denied_count is not None:
        # "Im Jahr 2019 erreichte kein Bergsteiger den Gipfel" for "In 2019, all ten
        # climbers reached the summit": none, against the quote's count, across languages
        # whose nouns are not compared (in one, the negation check reads the words).
        word, count = denied_count
        elements.append(Element("quantity", word, count, "missing", "none against a count"))
        unverified.append(
            f"the statement says {word!r} (none) but {src} {_verb('gives', src)} the count "
            f"{count!r}: whether it counts what the statement denies, a person reads"
        )
    if not missing_rules:
        # "the Fifth Amendment" for "the First Amendment": a name with another number is
        # another name, although a number inside a name is no value to compare.
        for named, word, theirs, name in _other_names(named_here, quotes, langs):
            contradicted(
                _element_kind(named),
                word,
                theirs,
                "",
                f"the statement says {word!r} but {src} {_verb('says', src)} {theirs!r} "
                f"(before {name!r})",
            )
    lost = None if missing_rules else _lost_place(stated, statement_lang, readings, langs, matched)
    if lost is not None:
        won, place = lost
        contradicted(
            "rank",
            won,
            place.shown,
            "a win is first place",
            f"the statement says {won!r} (first place) but {src} {_verb('gives', src)} "
            f"the place {place.shown!r}",
        )
    paired = None if missing_rules else _paired_otherwise(met, readings, published, stated)
    if paired is not None:
        (s1, q1), (s2, other) = paired
        contradicted(
            _element_kind(s2),
            s2.shown,
            other.shown,
            "",
            f"the statement gives {s1.shown!r} with {s2.shown!r} but {src} "
            f"{_verb('gives', src)} {q1.shown!r} with {other.shown!r}",
        )
    page_event = (
        None if missing_rules or paired is not None else _date_role_swapped(stated, met, readings)
    )
    if page_event is not None:
        # "published on 5 May and updated on 4 May" for "04.05.2015 … Mis à jour le
        # 05.05.2015": each date of the page is said of its own event.
        s_date, q_date, said_role, their_role = page_event
        contradicted(
            "date",
            s_date.shown,
            q_date.shown,
            "another event's date",
            f"the statement gives {s_date.shown!r} to {said_role!r} but {src} "
            f"{_verb('gives', src)} {q_date.shown!r} to {their_role!r}",
        )
    days_swapped = None if missing_rules or page_event is not None else _days_swapped(met, readings)
    if days_swapped is not None:
        # "im März festgenommen, wegen eines Anrufs am 21. April" for "arrested in April for
        # the March 21 call": the two events' months are swapped.
        s_day, q_day, q_month = days_swapped
        contradicted(
            "date",
            s_day.shown,
            q_day.shown,
            "another event's date",
            f"the statement says {s_day.shown!r} but {src} {_verb('says', src)} "
            f"{q_day.shown!r} (and {q_month.shown!r} of another event)",
        )
    yearly = (
        None
        if missing_rules or paired is not None
        else _year_otherwise(stated, met, readings, published)
    )
    yearly_failed = False
    if yearly is not None:
        # "$123 million in 2011" for "revenue for 2011 was $163 million, up from $123
        # million in 2010": a figure goes with its year as with its subject. Across
        # languages, which year a figure goes with is for a person to read.
        s_fig, s_year, other, q_year = yearly
        compared_values += 1
        one_language = {_base(statement_lang)} == {_base(lang) for lang in langs}
        one_language = one_language or _years_swapped_whole(
            stated, s_fig, s_year, other, q_year, published
        )
        elements.append(
            Element(
                _element_kind(s_fig),
                s_fig.shown,
                other.shown,
                "contradicted" if one_language else "missing",
            )
        )
        yearly_failed = one_language
        (fails if one_language else unverified).append(
            f"the statement gives {s_fig.shown!r} to {s_year.shown!r} but {src} "
            f"{_verb('gives', src)} {other.shown!r} to it ({s_fig.shown!r} to {q_year.shown!r})"
        )
    period = (
        None
        if missing_rules or paired is not None or yearly is not None
        else _period_otherwise(stated, met, readings, langs, statement_lang)
    )
    if period is not None:
        # "$163 million for 2012" for "In a report released in November 2012, … revenue
        # for 2011 was $163 million": the figure is the other year's.
        s_fig, s_year, q_fig, q_year = period
        yearly_failed = True
        contradicted(
            _element_kind(s_year),
            s_year.shown,
            q_year.shown,
            "another period",
            f"the statement gives {s_fig.shown!r} for {s_year.shown!r} but {src} "
            f"{_verb('gives', src)} {q_fig.shown!r} for {q_year.shown!r}",
        )
    crossed = (
        None
        if missing_rules or paired is not None or yearly_failed
        else _crossed_pair(stated, met, readings, published, statement_lang)
    )
    if crossed is not None:
        said, theirs = crossed
        contradicted(
            "quantity",
            said,
            theirs,
            "paired otherwise",
            f"the statement pairs {said!r} but {src} {_verb('gives', src)} {theirs!r} apart, "
            "each with another figure",
        )
    referenced = (
        None
        if missing_rules or crossed is not None
        else _reference_otherwise(stated, met, readings, published, statement_lang)
    )
    if referenced is not None:
        # "$163 million, 33% more than 2012" for "… up 33% from $123 million in 2010": the
        # change is measured against another year.
        change, ref, q_change, q_ref = referenced
        contradicted(
            _element_kind(ref),
            ref.shown,
            q_ref.shown,
            "another reference",
            f"the statement gives {change.shown!r} against {ref.shown!r} but {src} "
            f"{_verb('gives', src)} {q_change.shown!r} against {q_ref.shown!r}",
        )
    started = (
        None
        if missing_rules or crossed is not None or referenced is not None
        else _start_as_value(stated, met, readings, langs, statement_lang)
    )
    if started is not None:
        # "$123 million, 33% more than 2010" for "$163 million, which was up 33% from $123
        # million in 2010": the statement's value is where the quote's change starts.
        s_value, q_value = started
        contradicted(
            _element_kind(s_value),
            s_value.shown,
            q_value.shown,
            "start",
            f"the statement gives {s_value.shown!r} as what the change reaches but {src} "
            f"{_verb('gives', src)} {q_value.shown!r} as where it starts",
        )
    across = (
        None
        if missing_rules or crossed is not None
        else (_swapped_across(stated, met, readings, langs, statement_lang))
    )
    if across is not None:
        said, theirs, proven = across
        if proven:
            contradicted(
                "quantity",
                said,
                theirs,
                "swapped",
                f"the statement says {said!r} but {src} {_verb('gives', src)} the figures "
                f"the other way round ({theirs!r}): its words tie each to the other",
            )
        else:
            elements.append(Element("quantity", said, theirs, "missing", "another order"))
            unverified.append(
                f"the statement gives {said!r} but {src} {_verb('gives', src)} the figures "
                f"in another order ({theirs!r}); which goes with which noun, words in another "
                "language do not tell"
            )
    if met and not missing_rules:
        # "Of the 18 Greens, 12" for "11 écologistes (sur 18) ... 12 (sur 15)": a part is
        # compared with its whole, as a pair.
        # A share read as its two counts ("14 de los 20" for "9 verdes (de 20)") is a pair.
        own_pairs = (
            _part_whole_pairs(stated, statement_lang) + _named_part_pairs(stated, statement_lang)
        ) + [
            (a, b)
            for a, b in itertools.pairwise(values)
            if a.kind == b.kind == "number"
            and a.end <= b.start
            and any(f.start <= a.start and b.end <= f.end for f in stated.values)
        ]
        quoted_pairs = (
            [p for i, r in enumerate(readings) for p in _part_whole_pairs(r, langs[i])]
            if own_pairs
            else []
        )
        clash = _other_whole(own_pairs, quoted_pairs) if quoted_pairs else None
        if clash is None and len(quoted_pairs) > 1:
            clash = _named_whole(
                own_pairs,
                [
                    (p, r.text)
                    for i, r in enumerate(readings)
                    for p in _part_whole_pairs(r, langs[i])
                ],
                stated.text,
            )
        other_lang = [i for i in range(len(readings)) if _base(langs[i]) != _base(statement_lang)]
        unnamed = (
            _pair_named_otherwise(
                own_pairs,
                [
                    (p, readings[i].text)
                    for i in other_lang
                    for p in _part_whole_pairs(readings[i], langs[i])
                ],
                stated.text,
            )
            if clash is None and len(quoted_pairs) > 1 and other_lang
            else None
        )
        if unnamed is not None:
            # "Eleven of the 30 Greens" for "11 écologistes (sur 18), 11 UDI (sur 30)": the
            # 11 of 30 are the UDI's, a group the statement names otherwise.
            (s_part, s_whole), name = unnamed
            elements.append(
                Element(
                    "quantity",
                    f"{s_part.text} … {s_whole.text}",
                    name,
                    "missing",
                    "another group",
                )
            )
            unverified.append(
                f"the statement gives {s_part.text!r} of {s_whole.text!r}, which {src} "
                f"{_verb('gives', src)} for {name!r}, a name the statement does not give: "
                "whose they are, words in another language do not tell"
            )
        if clash is not None:
            (s_part, s_whole), (q_part, q_whole) = clash
            elements.append(
                Element(
                    "quantity",
                    f"{s_part.text} … {s_whole.text}",
                    f"{q_part.text} … {q_whole.text}",
                    "contradicted",
                    "another whole",
                )
            )
            fails.append(
                f"the statement gives {s_part.text!r} of {s_whole.text!r} but {src} "
                f"{_verb('gives', src)} {q_part.text!r} of {q_whole.text!r}"
            )
    for s, q in met:
        at = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
        if at is None:
            continue
        owner, owner_lang = readings[at], (langs[at] if at < len(langs) else None)
        found = _all_but_a_part(s, q, stated, statement_lang, owner, owner_lang)
        if found is None:
            continue
        the_part, says_so = found
        if says_so:
            elements.append(Element("quantity", s.shown, the_part.text, "contradicted", "a part"))
            fails.append(
                f"the statement says all {s.shown!r} but {src} {_verb('says', src)} so of "
                f"{the_part.text!r} of them"
            )
        elif _base(statement_lang) != _base(owner_lang):
            elements.append(Element("quantity", s.shown, the_part.text, "missing", "a part"))
            unverified.append(
                f"the statement says all {s.shown!r} but {src} {_verb('gives', src)} "
                f"{the_part.text!r} of them: a person must read what it says of which"
            )
        else:
            continue
        break
    for s, q in met:
        at = next((i for i, r in enumerate(readings) if any(v is q for v in r.values)), None)
        quantified = (
            None
            if at is None
            else _quantifier_clash(s, q, stated, statement_lang, readings[at], langs[at])
        )
        if quantified is not None:
            # "some, but not all, of the 33 counts" for "guilty on all 33 counts": the same
            # figure, another share of it.
            contradicted(
                "quantity",
                f"{quantified[0]} {s.shown}",
                f"{quantified[1]} {q.shown}",
                "another quantifier",
                f"the statement says {quantified[0]!r} of {s.shown!r} but {src} "
                f"{_verb('says', src)} {quantified[1]!r} of {q.shown!r}",
            )
            break
    joined = None if missing_rules else _crossed_items(stated, met, readings)
    if joined is not None:
        # "12,000 teachers were hired in 2016" for "12,000 teachers were hired in 2015 and
        # 8,000 nurses in 2016": each figure is the quote's, of another item of its list.
        item_off, item_kept, item_other = joined
        contradicted(
            _element_kind(item_off),
            item_off.shown,
            item_other.shown,
            "another item",
            f"the statement says {item_off.shown!r} but {src} {_verb('gives', src)} "
            f"{item_other.shown!r} in that item ({item_kept.shown!r} goes with another figure)",
        )
    swapped = None if missing_rules else _swapped_pair(stated, readings, stated_rules, langs)
    tally = None if missing_rules or swapped is not None else _tally_swapped(stated, readings)
    if tally is None and swapped is None and not missing_rules:
        tally = _vote_side_swapped(stated, stated_rules, readings, langs)
    if tally is not None:
        contradicted(
            "quantity",
            tally[0],
            tally[1],
            "another count",
            f"the statement says {tally[0]!r} but {src} {_verb('says', src)} {tally[1]!r}",
        )
    member = (
        None
        if missing_rules or not met
        else _other_member(stated, statement_lang, readings, langs, [q for _, q in met])
    )
    if member is not None:
        # "el terrorismo ha matado a decenas de miles" for "killed by gun violence, it's in
        # the tens of thousands": another member of a closed set holds the figure.
        contradicted(
            "quantity",
            member[1],
            member[2],
            "another holder",
            f"the statement gives the figure to {member[1]!r} but {src} "
            f"{_verb('gives', src)} it to {member[2]!r} (another of the {member[0]})",
        )
    clause_member = (
        None
        if missing_rules or not met or member is not None
        else _clause_member_otherwise(stated, statement_lang, met, readings, langs)
    )
    if clause_member is not None:
        # "沿中央线坐四站" for "沿着中央线坐一站，环线坐四站": the quote's four stops are
        # ridden on another line, named in the figure's own clause.
        c_s, c_q, c_mine, c_theirs, c_other = clause_member
        if c_other is not None:
            c_v, c_word = c_other
            contradicted(
                "quantity",
                f"{c_s.shown} ({c_mine})",
                f"{c_v.shown} ({c_word})",
                "another holder",
                f"the statement gives {c_s.shown!r} to {c_mine!r} but {src} "
                f"{_verb('gives', src)} {c_q.shown!r} to {c_theirs!r} and {c_v.shown!r} "
                f"to {c_word!r}",
            )
        else:
            unverified.append(
                f"the statement gives {c_s.shown!r} to {c_mine!r} but {src} "
                f"{_verb('gives', src)} it to {c_theirs!r}"
            )
    kind_unsaid = (
        None
        if missing_rules or not met or member is not None or clause_member is not None
        else _kind_unsaid(stated, statement_lang, readings, langs, [q for _, q in met])
    )
    if kind_unsaid is not None:
        # "Tāne Mahuta … é uma baleia" for "the giant Tāne Mahuta, which may be 2,000
        # years old": the quote says not what holds the figure.
        elements.append(Element("quantity", kind_unsaid[1], None, "missing", "a kind unsaid"))
        unverified.append(
            f"the statement says the figure's holder is {kind_unsaid[1]!r} but {src} "
            f"{_verb('says', src)} no {kind_unsaid[0]} at all: what holds the figure is not said"
        )
    agent = None if missing_rules else _agent_otherwise(stated, readings, langs, statement_lang)
    if agent is not None:
        # "killed by gun violence" for "killed since 9/11 by terrorism": another cause.
        elements.append(Element("quantity", agent[0], agent[1], "missing", "another agent"))
        unverified.append(
            f"the statement says {agent[0]!r} but {src} {_verb('says', src)} {agent[1]!r}: "
            "another agent or cause"
        )
    if swapped is not None:
        contradicted(
            "quantity",
            swapped[0],
            swapped[1],
            "swapped",
            f"the statement says {swapped[0]!r} but {src} {_verb('gives', src)} the pair the "
            f"other way round ({swapped[1]!r})",
        )
    contrast = (
        None if missing_rules else _contrast_clash(stated, statement_lang, readings, langs, met)
    )
    if contrast is not None:
        verdict, s1, q1, ds, dq = contrast
        elements.append(Element(_element_kind(s1), s1.shown, q1.shown, verdict, "a contrast"))
        said = (
            f"the statement {'denies' if ds else 'asserts'} {s1.shown!r} but {src} "
            f"{_verb('denies' if dq else 'gives', src)} {q1.shown!r}"
        )
        if verdict == "contradicted":
            fails.append(f"{said} (the contrast's figures swapped)")
        else:
            unverified.append(f"{said}: only one side says which figure is instead of which")
    # A direction the statement itself denies before asserting its opposite of a compared
    # figure, as the quote does ("did not fall in 2011; it grew 33%" for "up 33%").
    denied = {} if missing_rules else _denied_directions(stated, met)
    # Directions the statement gives that no value carries ("sales rose").
    for sign, word, _pos in stated.directions:
        if any(v.direction_text == word for v in stated.values):
            continue
        if not stated.values:
            continue
        if _pos in denied:
            elements.append(Element("direction", word, denied[_pos], "match", "denied"))
            continue
        opposite = [w for sg, w, _ in quote_directions if sg == -sign]
        agreeing = [w for sg, w, _ in quote_directions if sg == sign]
        if (
            not agreeing
            and not opposite
            and stated_rules is not None
            and word.lower() in stated_rules.directions_or_won
        ):
            continue  # "a gagné la finale": won, not gained
        if agreeing:
            elements.append(Element("direction", word, agreeing[0], "match"))
        elif opposite:
            elements.append(Element("direction", word, opposite[0], "contradicted"))
            fails.append(
                f"the statement says {word!r} but {src} {_verb('says', src)} {opposite[0]!r}"
            )
        else:
            elements.append(Element("direction", word, None, "missing"))
            unverified.append(f"{src} {_verb('gives', src)} no direction to compare with {word!r}")
    # The compared values of each quote, for what stands beside them in their sentences.
    ids = [{id(v) for v in r.values} for r in readings]
    mine = [[q for q in matched if id(q) in own] for own in ids]
    if matched and not stated.modals and not missing_rules:
        # "may be 2,000 years old" said as "is 2,000 years old": the quote was less sure.
        for r, values, lang in zip(readings, mine, langs, strict=True):
            if r.modals:
                modal = _modal_near(r, values) if values else None
                if not modal and values:
                    modal = _modal_on_said_word(r, values, stated.text, lang)
                if modal:
                    elements.append(Element("hedge", "", modal, "overstated"))
                    warns.append(f"the statement drops the quote's {modal!r}")
                    break
    allowed = (
        _permission_verdict(stated, statement_lang, readings, langs, mine, [v for v, _ in met])
        if matched and not missing_rules
        else None
    )
    if allowed is not None:
        verdict, said, permitted, taken = allowed
        elements.append(Element("negation", said, permitted, verdict))
        if verdict == "contradicted":
            fails.append(
                f"the statement says {said!r} but {src} {_verb('says', src)} {permitted!r}: "
                "a permission (or a negated prohibition) allows what a prohibition or a "
                "negation forbids"
            )
        # The negations a permission takes are no negations of their own.
        stated, *readings = [
            replace(r, negations=kept, negation=kept[0][1] if kept else None)
            for r, t in zip([stated, *readings], taken, strict=True)
            for kept in [[(pos, w) for pos, w in r.negations if pos not in t]]
        ]
        quote_negation = next(iter([r.negation for r in readings if r.negation]), None)
    own_negations = (
        _agreed_own_negations(stated, statement_lang, readings, langs, mine, met)
        if matched and not missing_rules and stated.negations
        else None
    )
    if own_negations is not None:
        # "無観客で" for "Without spectators": each side's negation is its own word's, the
        # same side of a [polarity] group on both sides, no denial of the claim.
        stated, *readings = [
            replace(r, negations=kept, negation=kept[0][1] if kept else None)
            for r, t in zip([stated, *readings], own_negations, strict=True)
            for kept in [[(pos, w) for pos, w in r.negations if pos not in t]]
        ]
        quote_negation = next(iter([r.negation for r in readings if r.negation]), None)
    settled = allowed is not None and allowed[0] == "contradicted"
    if settled:
        quote_negation = None
    stated_negation = None if settled else stated.negation
    same_language = {_base(statement_lang)} == {_base(lang) for lang in langs}
    unnegated = not any(r.negations for r in readings)
    negated_before = stated_negation
    if (
        stated_negation
        and matched
        and not missing_rules
        and _none_before_first(stated, statement_lang, readings, mine)
    ):
        # "No foreign film had won the prize in more than two decades" for "the first
        # foreign film to win the prize in its 26-year history": no earlier case is what
        # "the first" says.
        stated_negation = None
    if stated_negation and matched and not missing_rules and (same_language or unnegated):
        # The statement's negation counts when it governs something the quote says: a
        # compared value, a direction, a word of the quote. "'Bombshell' won nothing"
        # for "emerged empty-handed" negates nothing the quote words. Against a quote in
        # another language with no negation, words are not shared: a value or a direction
        # must be governed ("cheered on without spectators" for "trotz fehlender Zuschauer").
        quoted_words: set[str] = (
            set().union(*(_content(r.text) for r in readings)) if same_language else set()
        )
        prefixes = _prefixes(quoted_words)
        # A quote whose figure stands in its sentence's subject ("The bridge, built in 2019,
        # survived") says the predicate a negation on the statement's main verb denies.
        quote_subject = any(
            _in_subject(r.text, q, lang, indefinite=True)
            or _in_apposition(r.text, q, lang)
            or _in_relative_subject(r.text, q, lang)
            for r, values, lang in zip(readings, mine, langs, strict=True)
            for q in values
        )
        # A negation in the statement's relative clause governs only that clause, unless
        # the quote has a relative clause before its figure too ("The bridge that
        # collapsed"), which the negation denies.
        quote_relative = any(
            _relative_before(r.text, q, lang)
            for r, values, lang in zip(readings, mine, langs, strict=True)
            for q in values
        )
        if not any(
            _governs(
                stated,
                pos,
                pos + len(w),
                # Across languages, a figure in the subject of the negated verb is governed
                # only against a quote whose figure stands in its subject too.
                stated.values
                if same_language or quote_subject
                else _unheld(stated.text, pos, stated.values, statement_lang),
                quoted_words,
                prefixes,
                bool(quote_directions),
                lang=None if quote_relative else statement_lang,
            )
            or (
                (not same_language or quote_subject)
                and _negates_predicate(
                    stated, pos, pos + len(w), stated.values, statement_lang, quote_subject
                )
            )
            # A negation on the main verb of a subject whose figure stands in a phrase on
            # its noun, against a quote whose figure stands in its subject too: "Un patient
            # resté 15 ans dans un état végétatif n'a montré" for "a patient who had spent
            # 15 years in a vegetative state showed".
            or (
                quote_subject
                and _negates_subject_modifier(stated, pos, w, stated.values, statement_lang)
            )
            # Across languages, a negation on the main verb after an opening phrase holding
            # the figure: "Em 1997, o presidente não impôs um embargo" for "In 1997, the
            # president imposed an embargo".
            or (
                not same_language
                and _negates_after_opening(stated, pos, w, stated.values, statement_lang)
            )
            # Across languages, a negation on the verb of a reported clause holding the
            # figure: "Tite affirme qu'il n'a pas commis d'erreur … en 2012" for "Tite diz
            # que errou … em 2012".
            or (
                not same_language
                and _negates_reported(stated, pos, w, stated.values, statement_lang)
            )
            # A negation in the main clause after a Chinese or Japanese concessive clause
            # holding a duration or date, its circumstance: "26日間海上にいたが、到着しなかった"
            # for "After 26 days at sea, they arrive".
            or _negates_concessive_main(stated, pos, w, stated.values, statement_lang)
            # Across languages, a negation on the verb of the sentence's main clause, the
            # figure after it in that clause ("Le jury n'a jamais reconnu Roof coupable des
            # 33 chefs"), or on a verb coordinated with a main clause an opening phrase
            # holding the figure opens ("In 1998, Ocalan arrived in Italy but refused to…").
            or (
                not same_language
                and (
                    _negates_main_verb(stated, pos, w, stated.values, statement_lang)
                    or (
                        _coordinated_after(readings, mine)
                        and _negates_coordinated(stated, pos, w, stated.values, statement_lang)
                    )
                )
            )
            for pos, w in stated.negations
        ) and not _negated_verb_met(stated, statement_lang, readings, langs, mine):
            # (A verb the quote negates too, in another form, is governed: "without asking"
            # for "did not ask".)
            stated_negation = None
    dropped = bool(negated_before and not stated_negation and unnegated)
    going_on = _going_on(stated.text, statement_lang) if dropped else None
    # Across languages, a negation on the verb whose subject a compared figure opens
    # ("Around 85% of readers did not pay"), against a quote whose figure has a predicate.
    subject_negation = (
        _negated_figure_subject(stated, statement_lang, met, readings)
        if dropped and not going_on and not same_language
        else None
    )
    # Across languages, a negation on the main predicate with the compared figure outside
    # its reach ("kam niemand ums Leben, obwohl mehr als 200 Menschen dort waren"): a quote
    # with no negation says the predicate it denies, or another; its words are not read
    # to tell which (in one language, `_governs` reads them).
    outside = (
        _main_negation_outside(stated, statement_lang, [s for s, _ in met])
        if dropped
        and not same_language
        and not going_on
        and not subject_negation
        and not missing_rules
        else None
    )
    if outside and not any(
        _negatives(r.text, lang) for r, lang in zip(readings, langs, strict=True)
    ):
        elements.append(Element("negation", outside, None, "missing"))
        unverified.append(
            f"the statement negates its main verb ({outside!r}), which {src} "
            f"{'does' if src == 'the quote' else 'do'} not; for a person to read"
        )
    elif (
        dropped
        and not same_language
        and not going_on
        and not subject_negation
        and not missing_rules
        and (said_verb := _negated_verb_said(stated, statement_lang, [s for s, _ in met]))
        and not any(_negatives(r.text, lang) for r, lang in zip(readings, langs, strict=True))
    ):
        # Across languages no verb is compared: a preposition negating a verb in the
        # figure's sentence ("sin pedir asilo", "without asking for asylum") against a quote
        # with no negation may deny what the quote says ("y pidió asilo"): for a person to
        # read.
        elements.append(Element("negation", said_verb, None, "missing"))
        unverified.append(
            f"the statement negates a verb ({said_verb!r}) that {src} may say without a "
            "negation (across languages no verb is compared; for a person to read)"
        )
    elif (going_on or subject_negation) and not any(
        _negatives(r.text, lang) for r, lang in zip(readings, langs, strict=True)
    ):
        # "no longer charges a fee", "Around 85% of readers did not pay" against a quote
        # that neither negates nor stops anything: for a person to read, not a pass.
        elements.append(Element("negation", going_on or subject_negation or "", None, "missing"))
        unverified.append(
            f"the statement says {going_on!r} (no longer) but {src} {_verb('says', src)} "
            "nothing stopped"
            if going_on
            else f"the statement negates the verb of its figure ({subject_negation!r}) but "
            f"{src} {_verb('has', src)} no negation"
        )
    aside_negation = None
    if stated_negation and quote_negation and matched and not missing_rules:
        # The quote's negation that meets the statement's is no adverbial aside ("Les
        # députés ont, sans surprise, adopté", `_adverbial_negation`).
        words = _content(stated.text)
        cognates = (
            frozenset().union(*(_cognate_keys(w) for w in words))
            if not same_language
            else frozenset()
        )
        # A statement negating its figure's clause ("40% did not feel tired") is met by a
        # negation in the compared figure's clause, not by one only in the clause of another
        # figure of its kind ("40% felt tired, while 25% did not sleep", `_other_figures_only`).
        own_clause = any(
            _same_clause(stated.text, p, s) for p, _ in stated.negations for s, _ in met
        )
        # Nor, against such a statement, one in a clause of the quote without a figure that
        # governs none of the statement's words: it negates that clause's own predicate
        # ("About 40% felt tired, when the ward did not have enough staff"). Across
        # languages, where few words are shared, such a negation is for a person to read.
        aside = None
        quote_negation = None
        for r, values, lang in zip(readings, mine, langs, strict=True):
            for pos, w in r.negations:
                if _adverbial_negation(r, pos, w, lang, values, words, cognates) or (
                    own_clause
                    and (
                        _other_figures_only(r, pos, values, lang)
                        or _figureless_subordinate(r, pos, w, values, lang)
                    )
                ):
                    continue
                if own_clause and _figureless_aside(
                    r, pos, w, values, lang, words, cognates, same_language
                ):
                    aside = aside or w
                    continue
                quote_negation = w
                break
            if quote_negation:
                break
        if quote_negation is None and aside is not None and not same_language:
            quote_negation = aside_negation = aside
    # With no figure met, the figures it contradicts place the quote's negation: "he did
    # not give a direct answer …, which leaves me with the impression that he has persuaded
    # precisely zero" for "persuaded precisely one" fails on the figure, not on a negation
    # of another clause.
    placing = met if matched else clashed
    if placing and not stated_negation and not settled:
        placing_mine = mine if matched else [[q for _, q in placing if id(q) in own] for own in ids]
        # A quote's negation counts in the sentences the statement cites: those its compared
        # values stand in, or that share its words. "...信守15年 ... 《约定无期限》" negates
        # a title in another sentence, not the fifteen years.
        quote_negation = None
        # The statement's words, read only when a quote has a negation to place.
        words = _content(stated.text) if any(r.negations for r in readings) else set()
        # A statement whose figure stands in its sentence's subject ("The bridge built in
        # 2019 survived") says the predicate a negation on the quote's main verb denies.
        stated_subject = any(r.negations for r in readings) and any(
            _in_subject(stated.text, s, statement_lang)
            or _in_apposition(stated.text, s, statement_lang)
            or _in_relative_subject(stated.text, s, statement_lang)
            for s, _ in placing
        )
        stated_relative = any(r.negations for r in readings) and any(
            _relative_before(stated.text, s, statement_lang) for s, _ in placing
        )
        for r, values, lang in zip(readings, placing_mine, langs, strict=True):
            if (
                r.negations
                and values
                and _base(lang) != _base(statement_lang)
                and all(_is_dateline(r.text, v) for v in values)
                and _says_dated(stated.text, statement_lang)
            ):
                # "…手が回らない中小企業の希望の星となるか （2022年08月08日）" for "dated 8 August
                # 2022": across languages, where the words a negation governs are not read,
                # a negation of the headline negates nothing its dateline says, when the
                # statement says the date is the text's own ([dates] dated).
                continue
            if r.negations:
                quote_negation = _negation_near(
                    r,
                    values,
                    words,
                    bool(stated.directions),
                    same_language,
                    lang,
                    stated_subject,
                    not stated_relative,
                )
                if quote_negation:
                    if same_language and _both_end_negated(stated, r, quote_negation):
                        # "区別できないと答えた" for "「見分けられない」と回答": a negative
                        # verb ending on both sides, the statement's in other words.
                        stated_negation = stated.negation
                    break
        for r, values in zip(readings, mine, strict=True) if not quote_negation else ():
            # Across scripts no word is compared: a negated sentence right after the one
            # sentence of the compared figures, in a short quote, may deny what the
            # statement ties to them ("2012年当時ルラは大統領だった" for "Em 2012 eu errei.
            # Ele não era presidente").
            if r.negations and _has_cjk(r.text) != _has_cjk(stated.text):
                aside = _negated_next_sentence(r, values)
                if aside is not None:
                    elements.append(Element("negation", "", aside, "missing"))
                    unverified.append(
                        f"the sentence after the figure's in {src} has the negation {aside!r}, "
                        "which may deny what the statement says (a person must read it)"
                    )
                    break
    if met and not missing_rules:
        # Opposing predicates of one group ([polarity]) in the clause of a compared value: a
        # conviction against an acquittal ("acquitted on all 12 counts" for "found guilty on
        # all 12 counts"), "survived" against "died", "rejected" against "adopté": the
        # predicate is the claim's, the same figure notwithstanding.
        # A figure bounding a time ("legal until 2007", "bis 2007") says the state ended
        # there: the other side may say the opposite from then on ("banned in 2007").
        ruled = _polarity_sides(stated, statement_lang, [s for s, _ in met if s.hedge != "by"])
        winners_agree = (
            _OUTCOME_GROUP in ruled
            and winner is None
            and _roles(stated, readings, langs, statement_lang, "defeating")[1]
        )
        if allowed is not None:
            # The permission check has read the prohibitions and permissions (and taken
            # their negations): its verdict stands for the group of them.
            ruled.pop(_PERMISSION_GROUP, None)
        for r, values, lang in zip(readings, mine, langs, strict=True) if ruled else ():
            others = _polarity_sides(
                r, lang, [v for v in values if v.hedge != "by"], frozenset(ruled)
            )
            opposed = next((g for g in ruled if g in others and others[g][0] != ruled[g][0]), None)
            if opposed == _OUTCOME_GROUP and winners_agree:
                # "Chelsea were beaten by Arsenal" for "Arsenal beat Chelsea": the passive's
                # "beaten by" names the quote's winner, no loss of the statement's subject.
                continue
            if opposed in _DIRECTION_GROUPS and fails:
                break  # the figures' directions have read it ("rose 5%" against "fell 5%")
            if opposed is not None and opposed in _unsure_polarity_groups():
                # "two days before the election" against "two days after": the same span,
                # the event it is counted from may be turned ("the storm three days before
                # the fire" for "the fire three days after the storm").
                said, theirs = ruled[opposed][1], others[opposed][1]
                anchors = _sequence_anchors(stated.text, said, r.text, theirs)
                if anchors == "turned":
                    continue  # each names the other's event first: the same order
                if anchors == "same":
                    contradicted(
                        opposed,
                        said,
                        theirs,
                        "",
                        f"the statement says {said!r} but {src} {_verb('says', src)} {theirs!r}",
                    )
                    break
                elements.append(Element(opposed, said, theirs, "missing"))
                unverified.append(
                    f"the statement says {said!r} but {src} {_verb('says', src)} {theirs!r} "
                    "(a person must read which event each is counted from)"
                )
                break
            if opposed is not None:
                contradicted(
                    opposed,
                    ruled[opposed][1],
                    others[opposed][1],
                    "",
                    f"the statement says {ruled[opposed][1]!r} but {src} "
                    f"{_verb('says', src)} {others[opposed][1]!r}",
                )
                break
        lacked = (
            None if fails else _presence_against_absence(stated, statement_lang, readings, langs)
        )
        if lacked is not None:
            # "With state funding, 30 schools opened" for "Despite the lack of state
            # funding, 30 schools opened": the noun one side has, the other lacks.
            contradicted(
                "negation",
                lacked[0],
                lacked[1],
                "",
                f"the statement says {lacked[0]!r} but {src} {_verb('says', src)} "
                f"{lacked[1]!r}: one side has what the other lacks",
            )
        side_denied = (
            _denied_side(stated, statement_lang, readings, mine, langs, met)
            if stated.negations
            else None
        )
        if side_denied is not None:
            said, theirs = side_denied
            contradicted(
                "negation",
                said,
                theirs,
                "",
                f"the statement denies with {said!r} what {src} {_verb('says', src)}: {theirs!r}",
            )
        none_of = _counted_none_against(stated, statement_lang, readings, langs, met)
        if none_of is not None:
            # "Ningún extranjero figuraba entre los al menos 19 muertos" for "at least 19
            # people, including 17 foreigners": none of a group the quote counts.
            said, theirs = none_of
            contradicted(
                "negation",
                said,
                theirs,
                "",
                f"the statement says {said!r} but {src} {_verb('counts', src)} {theirs!r}",
            )
            stated_negation = None  # read here: no second verdict on it below
        antonym = _prefixed_antonym(stated, statement_lang, met, readings, langs)
        if antonym is not None:
            said, theirs = antonym
            contradicted(
                "antonym",
                said,
                theirs,
                "",
                f"the statement says {said!r} but {src} {_verb('says', src)} {theirs!r}",
            )
        asserted = (
            None
            if rest_negated  # "Only 5% do not arrive" for "95% arrive": the rest's verb
            else _negated_verb_asserted(stated, statement_lang, met, readings, langs, mine)
        )
        if asserted is not None:
            said, theirs = asserted
            contradicted(
                "negation",
                said,
                theirs,
                "",
                f"the statement says {said!r} but {src} {_verb('says', src)} {theirs!r}: "
                "one side negates the word the other says without a negation",
            )
            # The negation is read: no second verdict on it below.
            stated_negation = quote_negation = None
        swapped = _negation_swapped(stated, met, readings)
        if swapped is not None:
            said, theirs = swapped
            contradicted(
                "negation",
                said,
                theirs,
                "",
                f"the statement negates {said!r} but {src} {_verb('negates', src)} "
                f"{theirs!r} (the figures' predicates swapped)",
            )
    if bool(stated_negation) != bool(quote_negation) and not missing_rules:
        if _contrast_negated(stated, statement_lang, readings, langs, met, bool(quote_negation)):
            # "all 100% rather than 99%" for "100% of the conditions, not just 99%": the
            # negations of one side open a contrast's denied side, the figure the other
            # side's contrast word denies ("rather than"); they negate no verb.
            stated_negation = quote_negation = None
    if stated_negation and not quote_negation and denied:
        negs = {pos for pos, _ in stated.negations}
        if negs and all(any(0 < d - n <= _DENIED_DIRECTION_REACH for d in denied) for n in negs):
            # "did not fall …; it grew 33%": the negation denies a direction the statement
            # replaces with its opposite, the quote's; it negates no figure.
            stated_negation = None
    if bool(stated_negation) != bool(quote_negation) and not missing_rules:
        if _negated_antonym(stated, statement_lang, readings, langs, met, bool(quote_negation)):
            # "did not survive" for "dies", "没有变化" for "unchanged": the negation of one
            # side of a complementary group of predicates says the other side's word.
            stated_negation = quote_negation = None
    prohibition = None
    if bool(stated_negation) != bool(quote_negation) and not missing_rules:
        # A prohibition on the other side is a negative too ("banned" for "not allowed").
        mine_stated = [s for s, _ in met]
        sides = (
            [(stated, statement_lang, mine_stated)],
            list(zip(readings, langs, mine, strict=True)),
        )
        prohibition = (
            _negatives_agree(sides[0], sides[1], same_language)
            if stated_negation
            else _negatives_agree(sides[1], sides[0], same_language)
        )
        if prohibition:
            elements.append(
                Element(
                    "negation",
                    stated_negation or prohibition,
                    quote_negation or prohibition,
                    "match",
                )
            )
    undone = None
    if stated_negation and quote_negation and not missing_rules and compared_values:
        # "Der 9. November fehlt nicht" (it is there) against "steht der 9. November nicht"
        # (it is not): a negation undoing an absence on one side only.
        mine_stated = [s for s, _ in met]
        stated_undoes = _undoes_absence(stated, statement_lang, mine_stated)
        undoing_quotes = [
            _undoes_absence(r, lang, values)
            for r, values, lang in zip(readings, mine, langs, strict=True)
            if r.negations
        ]
        quote_undoes = (
            True
            if undoing_quotes and all(q is True for q in undoing_quotes)
            else False
            if undoing_quotes and all(q is False for q in undoing_quotes)
            else None
        )
        if {stated_undoes, quote_undoes} == {True, False}:
            undone = (stated_negation, quote_negation)
    absence = None
    if (
        bool(stated_negation) != bool(quote_negation)
        and not missing_rules
        and not prohibition
        and same_language
        and compared_values
    ):
        # In one language, a word of absence in a compared value's clause against a
        # negation in the other side's ("Der 3. Oktober fehlt" for "taucht der 3. Oktober
        # nicht einmal auf") may say the same: a person reads it.
        mine_stated = [s for s, _ in met]
        sides = (
            [(stated, statement_lang, mine_stated)],
            list(zip(readings, langs, mine, strict=True)),
        )
        absence = (
            _absence_against_negation(sides[0], sides[1])
            if stated_negation
            else _absence_against_negation(sides[1], sides[0])
        )
    if absence is not None:
        elements.append(
            Element("negation", stated_negation or absence, quote_negation or absence, "missing")
        )
        unverified.append(
            f"one side says {absence!r} where the other has the negation "
            f"{stated_negation or quote_negation!r}: the same absence, or not (a person must "
            "read it)"
        )
    elif bool(stated_negation) != bool(quote_negation) and not missing_rules and not prohibition:
        # Without a compared value, a negation on one side is for a person to read: it may
        # belong to another clause of the quote than the one the statement cites.
        rest_said = bool(stated_negation) and rest_negated
        verdict = "contradicted" if compared_values and not rest_said else "missing"
        sink = fails if compared_values and not rest_said else unverified
        if rest_said:
            elements.append(Element("negation", stated_negation or "", None, verdict))
            sink.append(
                f"the statement's negation {stated_negation!r} may say the rest of "
                f"{src}'s share, which the reader works out"
            )
        elif stated_negation:
            elements.append(Element("negation", stated_negation, None, verdict))
            sink.append(
                f"the statement contains the negation {stated_negation!r} but {src} "
                f"{_verb('has', src)} none"
            )
        else:
            elements.append(Element("negation", "", quote_negation, verdict))
            sink.append(
                f"{src} {_verb('contains', src)} the negation {quote_negation!r} "
                "but the statement has none"
            )
    elif undone is not None:
        said, theirs = undone
        elements.append(Element("negation", said, theirs, "contradicted"))
        fails.append(
            f"the statement's {said!r} and {src}'s {theirs!r} disagree: a negation of a word "
            "of absence says it is there, the other negation that it is not"
        )
    elif stated_negation and quote_negation and aside_negation == quote_negation:
        elements.append(Element("negation", stated_negation, quote_negation, "missing"))
        unverified.append(
            f"{src} {_verb('has', src)} the negation {quote_negation!r} only in a clause "
            f"without the figure, which may or may not deny what the statement's "
            f"{stated_negation!r} does (a person must read it)"
        )
    elif (
        stated_negation
        and quote_negation
        and not same_language
        and _negations_elsewhere(stated, readings, mine)
    ):
        # Across languages no verb is compared (`_negated_verb_asserted`): a negation only
        # in another sentence than the figure's may negate another verb ("Em 2012 eu errei.
        # Ele não era presidente" for "did nothing wrong in 2012").
        elements.append(Element("negation", stated_negation, quote_negation, "missing"))
        unverified.append(
            f"{src} {_verb('has', src)} the negation {quote_negation!r} only in another "
            f"sentence than the figure's, which may or may not deny what the statement's "
            f"{stated_negation!r} does (a person must read it)"
        )
    elif stated_negation and quote_negation:
        elements.append(Element("negation", stated_negation, quote_negation, "match"))

    if fails:
        return Support("fail", "; ".join(fails + warns + unverified), tuple(elements))
    if warns:
        return Support("warn", "; ".join(warns + unverified + notes), tuple(elements))
    if unverified:
        return Support("unverified", "; ".join(unverified + notes), tuple(elements))
    if not compared_values:
        return Support(
            "unverified",
            "nothing in the statement could be compared: it has no numbers, amounts, dates or "
            "ranks (a person must read the quote)",
            tuple(elements),
        )
    listed = ", ".join(repr(e.statement) for e in elements if e.verdict == "match")
    reason = f"compared with {src}: {listed}"
    return Support("pass", "; ".join([reason, *notes]), tuple(elements))
