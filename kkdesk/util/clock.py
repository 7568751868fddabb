"""The one clock of kkdesk: UTC timestamps, never the local offset (it would tell where the laptop is)."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    """UTC timestamp to the second, e.g. 2024-05-01T09:30:00Z: what every record and history entry stores."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_precise() -> str:
    """UTC timestamp to the microsecond, e.g. 2024-05-01T09:30:00.123456Z: for steps that must keep
    their order within one second (review steps, compared across databases)."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def now_stamp() -> str:
    """UTC timestamp fit for a file name, e.g. 20240501-093000 (backups are named by it)."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d-%H%M%S")
