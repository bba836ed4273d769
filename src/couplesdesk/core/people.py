"""The two people in a couple, by the keys the exercise format and the database use.

A module of its own, with no imports, so the store can name the partners without loading
the exercise models (pydantic) at start-up.
"""

PARTNERS = ("partner_a", "partner_b")
