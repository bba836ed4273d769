"""The Privacy page's section on personal passphrases: each partner may set their own
passphrase (or a PIN), change it, remove it, or let a forgotten one go. It says plainly what
it guards, and that a forgotten one cannot be recovered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QWidget

from ..core.engine import OTHER
from ..core.people import PARTNERS
from ..storage import Changes, Store, StoreError, encryption, personal
from .encryption_flow import PassphraseDialog
from .i18n import QT_TRANSLATE_NOOP, translate
from .privacy_page import fill_section
from .reflow import ReflowRow, fit_to_words  # a row that becomes a column when narrow
from .run_parts import text_label
from .services import Services

ABOUT = QT_TRANSLATE_NOOP(
    "personal_section",
    "Each of you can choose a passphrase, or a PIN of six digits or more, that only you know. CouplesDesk then "
    "asks for it before your private steps, and keeps what you write alone locked with it: your partner can't "
    "read it, and nor can anyone who copies the data folder, even with the shared passphrase. What you read "
    "together is shared from then on. A few words are far harder to guess than a PIN.\n\n"
    "It can't be recovered. If you forget it, what it kept locked stays unreadable for good.",
)

Job = Callable[[Store, list[str]], object]
WIDTH = 560


class PersonalDialog(PassphraseDialog):
    """A passphrase form whose work (a key derivation, a few writes) runs on the database worker."""

    def __init__(self, parent: QWidget, services: Services, title: str, words: str, action: str,
                 fields: list[tuple[str, str]], job: Job, new_at: int | None = None):  # fmt: skip
        super().__init__(parent, title, words, action, fields)
        self.setObjectName("personalDialog")
        self.services, self.job, self.new_at = services, job, new_at
        self.setMinimumWidth(WIDTH)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        fit_to_words(self)

    def problem(self) -> str | None:
        if self.new_at is None:
            return None
        first, second = self.fields[self.new_at].text(), self.fields[self.new_at + 1].text()
        problem = personal.passphrase_problem(first)
        if problem is None and first != second:
            problem = translate("personal_section", "The two are not the same. Please type it twice, the same way.")
        return problem

    def _failed(self, message: str) -> None:
        super()._failed(message)
        self._fit()

    def _act(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._failed(problem)
            return
        self.action.setEnabled(False)
        self.message.hide()
        typed = [field.text() for field in self.fields]
        self.services.database.run(lambda store: self.job(store, typed), self._done, lambda e: self._failed(str(e)))


class PersonalSection(QFrame):
    """For each partner: whether they have a personal passphrase, and what they can do about it."""

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.names = {p: p for p in PARTNERS}
        self.holders: set[str] = set()
        title = translate("personal_section", "Your own passphrases")
        self.column, _about = fill_section(self, "personalSection", title, translate("personal_section", ABOUT))
        self.states: dict[str, QLabel] = {}
        self.buttons: dict[str, dict[str, QPushButton]] = {}
        for partner in PARTNERS:
            self._build_row(partner)
        self.said = text_label("personalSaid", "hint")
        self.said.hide()
        self.column.addWidget(self.said)
        services.bus.changed.connect(self._changed)

    def _build_row(self, partner: str) -> None:
        state = text_label(f"personalState_{partner}")
        self.states[partner] = state
        self.column.addSpacing(6)
        self.column.addWidget(state)
        row = ReflowRow()
        made: dict[str, QPushButton] = {}
        for what, words, act in (
            ("Set", translate("personal_section", "Set a passphrase..."), self.set_passphrase),
            ("Change", translate("personal_section", "Change..."), self.change),
            ("Remove", translate("personal_section", "Remove..."), self.remove),
            ("LetGo", translate("personal_section", "Forgotten it?..."), self.let_go),
        ):
            button = QPushButton(words)
            button.setObjectName(f"personal{what}_{partner}")
            button.clicked.connect(lambda _=False, p=partner, act=act: act(p))
            button.hide()  # until the names and who has a passphrase are read
            row.addWidget(button)
            made[what] = button
        self.buttons[partner] = made
        row.addStretch(1)
        self.column.addLayout(row)

    # ------------------------------------------------------------------ reading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.read()

    def _changed(self, changes: Changes) -> None:
        if changes & (Changes.PERSONAL_KEYS | Changes.COUPLE) and self.isVisible():
            self.read()

    def read(self) -> None:
        def job(store: Store) -> tuple[dict[str, str], set[str]]:
            couple = store.couple.get()
            return (couple.names() if couple else dict(self.names)), store.personal.holders()

        def got(result: tuple[dict[str, str], set[str]]) -> None:
            self.names, self.holders = result
            self._show()

        self.services.database.run(job, got, lambda exc: self._say(str(exc)))

    def _show(self) -> None:
        for partner in PARTNERS:
            name, has = self.names[partner], partner in self.holders
            if has:
                words = translate("personal_section", "{name}: set. What {name} writes alone is kept locked with it.")
            else:
                words = translate("personal_section", "{name}: no personal passphrase.")
            self.states[partner].setText(words.format(name=name))
            for what, button in self.buttons[partner].items():
                button.setVisible(has != (what == "Set"))
                action = button.text().rstrip(".?… ")
                button.setAccessibleName(
                    translate("personal_section", "{action} ({name}'s personal passphrase)").format(
                        action=action, name=name
                    )
                )

    def _say(self, words: str) -> None:
        self.said.setText(words)
        self.said.show()

    # ------------------------------------------------------------------ acting

    def _open(self, dialog: PersonalDialog, said: Callable[[object], str]) -> None:
        dialog.accepted.connect(lambda: self._say(said(dialog.result_value)))
        dialog.open()

    def _not_the_shared_one(self, secret: str) -> None:
        """A personal passphrase that opens the data folder too would guard nothing."""
        key = self.services.key
        if key is None:
            return
        try:
            same = encryption.unlock(self.services.paths.root, secret) == key
        except StoreError:
            same = False
        if same:
            raise StoreError(
                translate(
                    "personal_section",
                    "That is the passphrase you both use to open CouplesDesk. Please choose one only you know.",
                )
            )

    def set_passphrase(self, partner: str) -> None:
        name, other = self.names[partner], self.names[OTHER[partner]]

        def job(store: Store, typed: list[str]) -> object:
            self._not_the_shared_one(typed[0])
            return store.personal.set(partner, typed[0])

        words = translate(
            "personal_section",
            "{name}, choose a passphrase or a PIN that only you know. {other}, please look away for a moment.\n\n"
            "It can't be recovered: if {name} forgets it, what it keeps locked stays unreadable for good. "
            "{name}'s earlier private and sealed answers are locked with it now too; backups made before today "
            "still hold them as they were, until those backups are replaced (within six months).",
        ).format(name=name, other=other)
        fields = [
            ("newPersonal", translate("personal_section", "{name}'s new passphrase or PIN").format(name=name)),
            ("repeatPersonal", translate("personal_section", "The same again")),
        ]
        title = translate("personal_section", "{name}'s own passphrase").format(name=name)
        dialog = PersonalDialog(self.window(), self.services, title, words,
                                translate("personal_section", "Set it"), fields, job, new_at=0)  # fmt: skip
        self._open(dialog, lambda count: _set_words(name, count))

    def change(self, partner: str) -> None:
        name = self.names[partner]

        def job(store: Store, typed: list[str]) -> object:
            self._not_the_shared_one(typed[1])
            store.personal.change(partner, typed[0], typed[1])
            return None

        fields = [
            ("currentPersonal", translate("personal_section", "{name}'s passphrase now").format(name=name)),
            ("newPersonal", translate("personal_section", "The new passphrase or PIN")),
            ("repeatPersonal", translate("personal_section", "The same again")),
        ]
        words = translate(
            "personal_section", "{name}, type the passphrase you use now, then the new one twice. Nothing else changes."
        ).format(name=name)
        title = translate("personal_section", "Change {name}'s passphrase").format(name=name)
        dialog = PersonalDialog(self.window(), self.services, title, words,
                                translate("personal_section", "Change"), fields, job, new_at=1)  # fmt: skip
        self._open(dialog, lambda _: translate("personal_section", "{name}'s passphrase is changed.").format(name=name))

    def remove(self, partner: str) -> None:
        name, other = self.names[partner], self.names[OTHER[partner]]

        def job(store: Store, typed: list[str]) -> object:
            return store.personal.remove(partner, typed[0])

        words = translate(
            "personal_section",
            "{name}'s private and sealed answers will no longer be locked with it. They stay private: CouplesDesk "
            "never shows them to {other}. But anyone who opens the data folder could read them. Type it to confirm.",
        ).format(name=name, other=other)
        title = translate("personal_section", "Remove {name}'s passphrase").format(name=name)
        fields = [("currentPersonal", translate("personal_section", "{name}'s passphrase").format(name=name))]
        dialog = PersonalDialog(self.window(), self.services, title, words,
                                translate("personal_section", "Remove it"), fields, job)  # fmt: skip
        self._open(
            dialog, lambda _: translate("personal_section", "{name} has no personal passphrase now.").format(name=name)
        )

    def let_go(self, partner: str) -> None:
        name = self.names[partner]

        def job(store: Store, _typed: list[str]) -> object:
            store.personal.let_go(partner)
            return None

        words = translate(
            "personal_section",
            "A forgotten passphrase can't be recovered, by anyone. If {name} lets it go, what it kept locked stays "
            "unreadable for good, for both of you; everything else stays as it is, and {name} can set a new one.",
        ).format(name=name)
        title = translate("personal_section", "Let {name}'s passphrase go?").format(name=name)
        dialog = PersonalDialog(self.window(), self.services, title, words,
                                translate("personal_section", "Let it go"), [], job)  # fmt: skip
        self._open(
            dialog,
            lambda _: translate("personal_section", "{name}'s passphrase is let go. {name} can set a new one.").format(
                name=name
            ),
        )


def _set_words(name: str, count: object) -> str:
    """Said once a partner's passphrase is set, with how many earlier answers it locked."""
    if not isinstance(count, int) or count == 0:
        return translate("personal_section", "{name}'s passphrase is set.").format(name=name)
    if count == 1:
        return translate(
            "personal_section", "{name}'s passphrase is set. 1 earlier answer is locked with it now."
        ).format(name=name)
    return translate(
        "personal_section", "{name}'s passphrase is set. {count} earlier answers are locked with it now."
    ).format(name=name, count=count)
