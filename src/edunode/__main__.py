from edunode.cli import main

raise SystemExit(main())
