"""Long work that stops early when the app closes (a module of its own, so the window can
name it without importing what does the work)."""


class Stopped(Exception):
    """The work stopped half-way because the app is closing; nobody is waiting for its result."""
