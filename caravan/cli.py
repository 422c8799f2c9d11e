"""`caravan`: the project's manage.py, installed as a console script."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "caravan.settings")
    from django.core.management import execute_from_command_line

    # Commands are spelled with hyphens in the docs (seed-demo); Django names them with underscores.
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        sys.argv[1] = sys.argv[1].replace("-", "_")
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
