"""Leaf helpers every layer may use: the clock (clock.py) and durable file writes (files.py).

Nothing here imports another part of kkdesk except `kkdesk.errors` (plain exception classes).
"""
