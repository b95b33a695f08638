"""`python -m cleaner`: the same command line as the `cleaner` script."""

import sys

from cleaner.cli import main

sys.exit(main())
