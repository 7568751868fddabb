"""Step one of every document: a frozen snapshot of what it shows, gathered from the store.

One module per document (brief, dossier, overview), each with its frozen dataclass and its
`gather_*`; common.py holds what they share (the gathering Context, StatSection, ChartSpec).
The renderers (kkdesk.reports.pdf) read only these snapshots.
"""
