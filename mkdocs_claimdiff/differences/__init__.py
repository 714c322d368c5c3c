"""What two matched claims state differently, slot by slot, with both values.

A reader of the comparison wants to know which matched rows disagree and on what: "5 vs 24 dead",
"Friday vs Saturday", "wearing vs not wearing crampons". Comparing the words of the two sentences
says nothing of that: one outlet writes "200ft", another "200 feet" or "60 metres (200 feet)";
one names "Inspector Dave Gaskin", the other "Gaskin"; one sentence gives a figure the other
leaves out, which says less but does not disagree. So each claim is read into slots (quantities
with their unit and what they count, days and times, people and places, the charge a killing
is brought as, the cited source, the hedge, the polarity of what is said) and the slots are
compared as values, not as words.

Every difference names its kind (``number``, ``date``, ``name``, ``source``, ``hedge``,
``negation``) and both values; a detail that only one claim gives is ``adds``, shown to a reader
but no disagreement. Every pattern here is linear in its input: no unbounded repetitions that can
overlap each other.

``compare`` reads a claim's slots and compares two claims' slots; each other module owns one
kind of slot. This package imports none of them, so a page that only names a kind (``counted``,
``qualifiers``, ``values``) loads that module alone, not the readers of every slot.
"""
