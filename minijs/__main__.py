from minijs.cli import main

raise SystemExit(main())
