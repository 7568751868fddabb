"""PDF renderers: each turns a frozen snapshot (kkdesk.reports.snapshot) into Platypus flowables."""
