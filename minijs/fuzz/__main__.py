import sys
from minijs.fuzz.runner import main
sys.exit(main())
