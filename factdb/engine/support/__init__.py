"""The "claim supported" check: does the quote say what the statement says?

Pure: strings and language tags in, a :class:`Support` out; no database, no I/O beyond
reading this package's data files once. Each side is read in its own language (the
statement in the claim's, each quote in its source's), so "23,7 Milliarden Euro" on a
German page supports "23.7 billion euros" in an English statement.

What is read (each an *element* of the text):

- **values**: numbers in digits with the language's separators (CLDR, through Babel) and
  in words (text2num from "two" up; Chinese and Japanese numerals through cn2an), with
  scale words ("1.5 million", "23,7 Milliarden", "3万"); percentages and percentage
  points; money (symbols, ISO codes, currency words, 元/円, cents); physical and data
  units compared by dimension (the factors come from pint, through ``units.json``, which
  ``scripts/gen_units.py`` writes), and rates ("per second", "每小时", "時速"); durations
  ("18 months", "a year and a half", "3:53,99 min"); multipliers ("20x", "20 times
  slower", "twentyfold", "a factor of 6"); fractions ("half", "one in four", "4 of 5",
  "jeder vierte", "3分の2", "七成"), compared with percentages; ranges said in words
  ("hundreds", "Tausende", "une dizaine", "数千"), compared as intervals; dates (a month
  alone takes its year from the page's date), parts of years, decades ("early 1990s",
  "the eighties", "1990er Jahre") and centuries ("19th century", "XIXe siècle"); ranks
  ("third", "No. 2", "2nd", "Platz 2", "vierthäufigste", "第4回");
- **not values**: numbers that name something (versions "3.6.0", "Integer 32", "§ 230",
  "M.2 2280", a title "“1917”", a footnote mark "[23]", "Year 5", "Years 1-4", "Friday
  Facts #282", "in 0.12" beside "Factorio 0.17"; the attacks named by their date: "9/11",
  "9·11", "9.11以降", "le 11-Septembre", "el 11-S"); a statement's number word inside a name
  ("the Second Amendment", "Half-Blood Prince") is none either, but the same name with
  another number in the quote fails ("the Fifth Amendment" for "the First Amendment");
- **modifiers**: hedges and comparators before or after a value ("nearly", "up to a",
  "50% or more", "rund", "plus de", "hasta", "以上", "～"), deadlines before dates ("bis
  spätestens"), directions (rose/fell, larger/smaller, up from/down from), each bound to
  the nearest value, words of uncertainty beside a value ("may be", "可能"), and negation.

Verdicts, element by element: each value of the statement is compared with the quotes'
values of the same kind (and dimension); the best counterpart decides it:

- ``match``: the quote's value lies within the statement's interval (its hedge, or the
  rounding of its last written digit); units are converted first.
- ``overstated``: the values agree but the statement is more certain than the quote (it
  drops the quote's hedge, or is more precise than the quote).
- ``contradicted``: every comparable value of the quote differs (another number, another
  order of magnitude of the unit, another currency, date, decade or rank; a bound on the
  wrong side; an opposite direction), or the quote ties the figure to another subject: the
  words after the statement's figure go with only another figure of the quote ("Roof
  murdered 33 people" for "guilty on all 33 federal hate crime counts for murdering nine
  people"; read in the same language only, not in Chinese or Japanese), or the words
  around the statement's figure that the quote says once stand in another figure's clause
  or sentence and not in the compared one's ("Die Messe hält 51 Prozent" for "zu 51 Prozent
  durch die Stadtwerke und zu 49 Prozent von der Messe"; any language, cognates without
  accents across languages, character pairs in Chinese and Japanese; one lowercase word
  alone makes it ``missing``, a hint for a person; figures given "respectively" are left
  to their order). A list that says its noun once ("140 pilot whales …, 30 stranded")
  reads as such a tie: ``fail``, for a person to review, never a quiet ``pass``. Also
  contradicted: a win ("gewann", "won") where the quote gives another place beside the
  matched figure, or puts the statement's winner behind another ("Y won" for "X siegte …
  vor Y"); a figure said for one year that the quote gives for another ("$163 million for
  2012" for "revenue for 2011 was $163 million", the words of [figure_period]); a pair
  said the other way round ("86 zu 438" for "438 contre 86"); the quote's figure with
  another unit under a bound ("over 1,500 yards" for "1500 Metern"). Also contradicted
  (an element ``place``), on a statement that would pass or warn: it names a place (a
  country, a people or a language: CLDR's names through Babel in every language, with
  [places] aliases and demonyms) that no quote names in any form (Italia = Italy =
  イタリア; a language agrees with each territory where it is spoken, a territory with
  one it stands in, [places] part_of), and the sentence of a matched figure in a quote
  names another place, one the statement does not name, in the same role: both after a
  locative word ("in Greece" for "en Italia"), both people words ("chinois" for
  "日本", a Chinese or Japanese name takes any role), or both other names. A name
  inside a longer one ("Air France", "New Mexico", "United States Embassies",
  "African-American", "US$") is no place of its own; a quote naming no place leaves
  the statement as it was. The same for a name after a compass word of [places]
  ("North Carolina" for "South Carolina", "Caroline du Nord"); for a region or a city of
  [places.regions] (its names in every language and script) no quote names, where the
  sentence of a matched figure names another of the same country ("在科尔多凡" for "in
  Darfur"; its country names no region, and a quote's city is compared with the
  statement's regions and cities only); for a way from one place to another a quote gives
  only the other way round ([places] route_from, route_to: "de Buenos Aires a Río
  Gallegos" for "de Río Gallegos a Buenos Aires"); and for a place put on the opposite
  side of a name ([places] bearings: "nordöstlich von Ithaca" for "southwest of Ithaca";
  bearings_cjk: "伊萨卡东北" for "伊萨卡西南", "イサカの北東" for "イサカの南西").
  ``unverified`` (an element ``name``, "missing"), on a statement that would pass: it
  names a company of [name_forms] no quote names in any form or script, where the
  sentence of a matched figure in a quote names another ("Facebook a racheté DeepMind en
  2014" for "谷歌 在2014年收购的人工智能公司DeepMind").
- ``contradicted`` too (note "another holder"), on a matched figure: the statement names a
  member of a closed set of holders ([holder_sets]: causes of death, sectors of an
  economy, space programmes; each language its own words) and the quotes name only other
  members of it ("el terrorismo ha matado a decenas de miles" for "killed by gun
  violence, it's in the tens of thousands"; "Mondlandeprogramm" for "国际空间站"). A quote
  naming no member says nothing either way.
- ``missing``: the quote has nothing of that kind to compare with, or, in the statement's
  language, gives its participle another agent, no word shared ("killed by gun violence"
  for "killed since 9/11 by terrorism"; [agent]): which cause is meant, a person reads.
- ``unreadable``: the engine cannot read it (an ambiguous "10.000" in a language it has
  no rules for, or a language without rules).

The status: ``fail`` when an element is contradicted, or negation differs beside a
compared value; else ``warn`` when one is overstated; else ``unverified`` when one is
missing or unreadable, or the statement holds no value at all (directions, hedges and
negation alone compare nothing: "Ces données seraient conservées" against "ne seraient pas
conservées" needs review, since a quote's negation may belong to another clause); else
``pass``. Never ``pass`` for what was not compared. A quote's negation counts only in the
sentences the statement cites: those holding a compared value, or sharing words with it.

Ranges said in words ("hundreds", "Tausende", "数千") are intervals [low, high): a figure
inside one is ``overstated`` (more precise than the quote), outside it ``contradicted``.
A quote's bare plural of a unit of time ("for decades", "spent months", "des siècles",
"多年来") is such a range for a figure inside it only (``overstated``); a figure outside it
is not compared with it (the plural may measure nothing), and a statement's is no claim.

Tolerance of hedges and comparators (``v`` is the value as written; the quote's exact
value must lie in the interval for a hedged statement to pass):

============================  ==========================  ======================
hedge kind                    words (English; see data)    interval
============================  ==========================  ======================
about                         about, around, roughly, ~    [0.9·v, 1.1·v]
                                                           (v written to three
                                                           significant digits or
                                                           more: five steps of its
                                                           last digit other than
                                                           zero at most, "about
                                                           213 million" is [208,
                                                           218] million)
about (a year)                around 2001, circa 2011      [y − 2, y + 2]
nearly                        nearly, almost, close to     [0.9·v, v)
nearly (a year)               almost 2000                  [y − 2, y)
just_over                     just over, a little over     [v, 1.1·v]
odd                           100多, 100人余り, 10余家       [v, v + its last place)
up_to                         up to, as much as            [v/2, v] against an exact
                                                           quote (a tenth of v or
                                                           less contradicts, the
                                                           rest needs review);
                                                           [0, v] against a bound
at_most                       at most, no more than        [0, v]
maximum                       tops out at, a maximum of,   v against an exact quote
                              culmine à, un máximo de      or a range's top; [0, v]
                                                           against a bound
at_least                      at least, or more            [v, ∞)
from                          starting at, à partir de,    v against an exact quote
                              から (a range's start)       or a range's start; [v, ∞)
                                                           against a bound
more_than                     more than, over, above       (v, ∞)
less_than                     less than, under, below      [0, v)
(none)                        —                            v ± half its last digit
============================  ==========================  ======================

A count is whole: "nearly 30 whales" is at most 29, so "fewer than 30" holds it (a
``match``). A bound on the other side of a quote's estimate ("more than 90%" for "roughly
85%") is ``contradicted``, not an overstatement; one whose side holds the estimate ("more
than 90%" for "roughly 97%") is a ``match``. A day against a week named by its first day
("February 27" for "the week starting 25th February") is ``overstated`` within its seven
days, ``contradicted`` outside them.

A value without a hedge matches a quote value that rounds to it at the precision it is
written with ("3.7%" for 3.67%, "1.5 million" for 1,512,000); values in different units
match when their rounding intervals overlap after conversion ("250 km/h" and "155 mph").
A hedged quote and an unhedged statement with the same value is ``overstated`` (the
statement dropped the hedge); a hedged statement whose interval holds the quote's whole
interval is a ``match``. A bound implied by the quote's bound on the same side is a
``match`` ("at least 15" for "at least 17", "less than 48 hours" for "less than twenty-four
hours"); another ceiling is ``contradicted`` ("up to 15 years" for "up to 10 years": a
stated maximum is a figure, not a bound on an unknown one). Numbers from 100 to 599 next to
"error", "status (code)", "response" or "HTTP" are status codes, not quantities.

Languages: rules exist for those with a data file in ``support_data/`` (``en``, ``de``,
``fr``, ``es``, ``pt``, ``zh``, ``ja``); for any other the result is ``unverified`` with
"no number rules for language xx". With no language at all, words are read with the
English lists and digits are read, but a number whose separators are ambiguous ("10.000",
"10,000") is unreadable, never a guess.
"""

from .polarity import warm
from .reading import read_values
from .results import Element, Support, Value
from .rules import has_rules, normalize_language
from .verdict import claim_supported

__all__ = [
    "Element",
    "Support",
    "Value",
    "claim_supported",
    "has_rules",
    "normalize_language",
    "read_values",
    "warm",
]
