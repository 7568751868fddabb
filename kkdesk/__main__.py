from kkdesk.cli import main

raise SystemExit(main())
