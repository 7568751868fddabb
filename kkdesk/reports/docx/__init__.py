"""Word documents (python-docx), rendered from a snapshot only: the UN submission draft."""
