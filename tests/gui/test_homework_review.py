"""Private "How did it go?" after a homework run (issue 12): a partner with a personal
passphrase is asked for it at their hand-over, and their tap and line are written only locked
with their key, which is closed again once they answered; a partner without one answers as
before, marked private. Neither is ever shown to the other partner or offered for a report."""

from __future__ import annotations

import os
from pathlib import Path

from couplesdesk.report import gather
from couplesdesk.report.plan import current_plan
from couplesdesk.storage import personal

from .conftest import click, settle, visible_texts
from .test_homework import _accept, _evening_check, _plan_file

PHRASE = "Alex's own phrase"
ALEX_LINE, SAM_LINE = "I felt close to you tonight", "Sam said something kind"


def _stored(window) -> dict[str, tuple[str, str, int]]:
    rows = window.services.store.conn.execute("SELECT author, how, line, private FROM homework_reviews")
    return {author: (how, line, private) for author, how, line, private in rows}


def _offered(window) -> list[str]:
    """The words of every "How did it go?" a report could hold (before anyone ticks)."""
    services = window.services
    today = services.clock.today()
    plan = current_plan(services.store, today)
    offer = gather(services.store, services.library_if_loaded(), today, today, plan)
    return [c.text for c in offer.candidates if c.kind == "review"]


def test_a_partner_with_a_passphrase_answers_privately_behind_it(qtbot, open_app, tmp_path, monkeypatch):
    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})
    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    store = window.services.store
    store.personal.set("partner_a", PHRASE)
    store.personal.forget()
    _evening_check(qtbot, window)
    review = window.run_page.finished_page.review
    click(qtbot, review.each_button)

    ask = review.ask
    assert ask is not None and ask.isVisible() and ask.field.isVisible()
    assert "Alex's turn. Sam, please look away" in visible_texts(review)
    assert not review.line.isVisible(), "nothing to write before Alex's passphrase"
    out = Path(os.environ.get("REPORT_SHOTS") or tmp_path)
    for size in ((800, 560), (1100, 740)):
        window.resize(*size)
        qtbot.wait(1)
        assert window.grab().save(str(out / f"review-ask-{size[0]}.png"))
    qtbot.keyClicks(ask.field, "not Alex's phrase")
    with qtbot.waitSignal(ask.tried, timeout=10_000):
        click(qtbot, ask.button)
    assert "isn't Alex's passphrase" in visible_texts(review) and not review.line.isVisible()
    ask.field.clear()
    qtbot.keyClicks(ask.field, PHRASE)
    with qtbot.waitSignal(ask.opened, timeout=10_000):
        click(qtbot, ask.button)
    assert review.line.isVisible() and "Alex, just for you" in review.answer_who.text()
    qtbot.keyClicks(review.line, ALEX_LINE)
    assert window.grab().save(str(out / "review-locked-line-800.png"))
    click(qtbot, review.how_buttons[1])

    assert not store.personal.is_open("partner_a"), "closed again once Alex answered"
    how, line, private = _stored(window)["partner_a"]
    assert private == 1 and how.startswith(personal.PREFIX) and line.startswith(personal.PREFIX)
    assert "mixed" not in how and ALEX_LINE not in line
    shown = visible_texts(window)
    assert "Sam's turn" in shown and ALEX_LINE not in shown and not review.ask.isVisible()
    click(qtbot, review.handover_button)  # Sam has no passphrase: the hand-over as before
    assert review.line.isVisible() and review.line.text() == "" and ALEX_LINE not in visible_texts(window)
    click(qtbot, review.how_buttons[2])
    assert "Thank you" in review.thanks_text.text()
    reviews = {r.author: (r.how, r.line, r.private) for r in store.plans.reviews_of(window.run_page.run.id)}
    assert reviews == {"partner_a": ("", "", True), "partner_b": ("hard", "", True)}
    assert _offered(window) == []
    store.personal.unlock("partner_a", PHRASE)  # Alex, and only with Alex's key, reads it back
    assert ("mixed", ALEX_LINE, True) in [
        (r.how, r.line, r.private) for r in store.plans.reviews_of(window.run_page.run.id)
    ]
    store.personal.forget()


def test_not_now_writes_nothing_of_that_partner(qtbot, open_app, tmp_path, monkeypatch):
    monkeypatch.setattr(personal, "KDF", {"n": 2**10, "r": 8, "p": 1})
    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    window.services.store.personal.set("partner_a", PHRASE)
    window.services.store.personal.forget()
    _evening_check(qtbot, window)
    review = window.run_page.finished_page.review
    click(qtbot, review.each_button)
    click(qtbot, review.ask.not_now)
    assert "Sam's turn" in review.handover_text.text()
    click(qtbot, review.handover_button)
    click(qtbot, review.how_buttons[0])
    assert set(_stored(window)) == {"partner_b"}


def test_private_taps_without_a_passphrase_stay_private(qtbot, open_app, tmp_path):
    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    _evening_check(qtbot, window)
    review = window.run_page.finished_page.review
    click(qtbot, review.each_button)
    click(qtbot, review.handover_button)
    assert review.ask is not None and not review.ask.isVisible(), "no passphrase to ask"
    qtbot.keyClicks(review.line, ALEX_LINE)
    click(qtbot, review.how_buttons[1])
    assert ALEX_LINE not in visible_texts(window)
    click(qtbot, review.handover_button)
    assert ALEX_LINE not in visible_texts(window) and review.line.text() == ""
    qtbot.keyClicks(review.line, SAM_LINE)
    click(qtbot, review.how_buttons[2])
    assert _stored(window) == {"partner_a": ("mixed", ALEX_LINE, 1), "partner_b": ("hard", SAM_LINE, 1)}
    assert _offered(window) == [], "a private review is never offered for a report"
    click(qtbot, window.run_page.finished_button)
    settle(qtbot, window.services)
    assert ALEX_LINE not in visible_texts(window) and SAM_LINE not in visible_texts(window)


def test_a_review_said_together_can_go_in_a_report(qtbot, open_app, tmp_path):
    """The other side of the rule above: what was said together is offered (so the test above can fail)."""
    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    _evening_check(qtbot, window)
    review = window.run_page.finished_page.review
    click(qtbot, review.together_button)
    qtbot.keyClicks(review.line, SAM_LINE)
    click(qtbot, review.how_buttons[0])
    assert _offered(window) == [f"It went well: {SAM_LINE}"]
