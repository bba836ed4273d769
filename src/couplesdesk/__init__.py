"""CouplesDesk: guided communication exercises for two partners at one computer."""

__version__ = "0.1.0"
