"""``python -m decision_tree``: see :mod:`decision_tree.cli`."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
