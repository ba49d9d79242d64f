from desktop.core.cli import main

raise SystemExit(main())
