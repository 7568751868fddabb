"""kkdesk: an offline, encrypted case store for monitoring threats against human rights defenders."""

__version__ = "0.1.0"


def version_text() -> str:
    """'kkdesk VERSION (build …)': what `kkdesk --version` and Help → About show."""
    from kkdesk.resources import build_id

    return f"kkdesk {__version__} ({build_id()})"
