"""kkdesk: an offline, encrypted case store for monitoring threats against human rights defenders."""

__version__ = "0.1.0"
