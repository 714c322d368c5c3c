"""What a trust audit of the comparison (helper-119) found the label hiding or misreading, as
a reader of two matched claims sees it: each test fails without its rule."""

from __future__ import annotations

from .test_differences import kinds, shown


def test_a_sum_with_its_scale_glued_on_is_read_whole() -> None:
    """ "£2m" was read as two metres and "£2bn" as two pounds: the digest showed "£2 vs £2.5"
    for "£2bn" and "£2.5bn", and "£2m" against "£200,000" or "£2bn" differed in nothing."""
    deal = "The council agreed a {} deal to rebuild the railway line."
    assert shown(deal.format("£2bn"), deal.format("£2.5bn")) == [
        ("number", "£2bn", "£2.5bn", "money")
    ]
    assert shown(deal.format("£2m"), deal.format("£200,000")) == [
        ("number", "£2m", "£200,000", "money")
    ]
    assert shown(deal.format("$2m"), deal.format("$3m")) == [("number", "$2m", "$3m", "money")]
    assert shown(deal.format("£2 million"), deal.format("£2bn")) == [
        ("number", "£2 million", "£2bn", "money")
    ]
    assert kinds(deal.format("€300k"), deal.format("€300,000")) == ()
    assert kinds(deal.format("$1.5bn"), deal.format("$1.5 billion")) == ()
    # Without a currency sign "m" is still a metre.
    assert shown("The wave was 5m high.", "The wave was 6m high.") == [
        ("number", "5m", "6m", "distance")
    ]


def test_a_denial_says_the_opposite_of_what_it_denies() -> None:
    """ "denies murdering his wife" against "murdered his wife" was shown as one claim that
    both outlets agree on, in the digest's "What most agree on"."""
    assert kinds("John Smith denies murdering his wife.", "John Smith murdered his wife.") == (
        "negation",
    )
    assert kinds(
        "The club denied the player had been sold.", "The club said the player had been sold."
    ) == ("negation",)
    assert kinds(
        "The minister denied that he had resigned.",
        "The minister confirmed that he had resigned.",
    ) == ("negation",)
    assert kinds("He denied any wrongdoing.", "He admitted wrongdoing.") == ("negation",)
    # Two denials agree; a denial of charges is no denial of being charged.
    assert kinds("He denies murdering his wife.", "He has denied killing his wife.") == ()
    assert kinds("He has denied the charges.", "He was charged with murder.") == ()
    # A rejection of claims denies what they say; a rejection of calls denies nothing.
    assert kinds(
        "The company rejected claims it had ignored safety warnings.",
        "The company had ignored safety warnings, inspectors found.",
    ) == ("negation",)
    assert kinds("He rejected calls to resign.", "Rivals called on him to resign.") == ()


def test_two_given_names_of_one_surname_are_two_people() -> None:
    """ "John Smith" against "Peter Smith" was one person: a surname the other claim names was
    enough. A surname alone, a title, initials or a shortened given name are still one."""
    assert shown("The victim was named as John Smith.", "The victim was named as Peter Smith.") == [
        ("name", "John Smith", "Peter Smith", "person")
    ]
    assert kinds(
        "Detective Inspector John Smith said the man was arrested.",
        "Detective Inspector James Smith said the man was arrested.",
    ) == ("name",)
    for first, second in [
        ("Mr Smith", "John Smith"),
        ("Dave Gaskin", "Inspector David Gaskin"),
        ("Bob Jones", "Robert Jones"),
        ("John F. Kennedy", "John Kennedy"),
        ("Labour MP John Smith", "John Smith"),
        ("John Smith and Peter Smith", "Peter Smith and John Smith"),
    ]:
        assert kinds(f"{first} said it was over.", f"{second} said it was over.") == ()
    # A sentence's first word is capitalised: "Clearly" is no given name.
    assert kinds("Clearly Mark was wrong, the report said.", "Laurence Mark was wrong.") == ()
