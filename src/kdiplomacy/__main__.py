"""``python -m kdiplomacy``: the console script."""

import sys

from kdiplomacy.cli import main

sys.exit(main())
