"""PDF renderers: each turns a frozen snapshot (kkdesk.reports.snapshots) into Platypus flowables."""
