"""Entry point of the frozen bundle: the same `kkdesk` command line as the installed package."""

import sys

from kkdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
