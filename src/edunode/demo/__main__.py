import sys

from edunode.demo.three_schools import main

sys.exit(main())
