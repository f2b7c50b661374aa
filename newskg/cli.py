"""The `newskg` command. Each subcommand lives in its own module with `register(subparsers)`,
which adds its parser and sets `func(args) -> exit code`."""
from __future__ import annotations

import argparse
import sys

from . import build_command
from . import evaluate_command
from . import store_command
from .errors import UserError

DESCRIPTION = """\
Turn pages of Chinese news into a knowledge graph.

  newskg build                         build exports/ from the pages in seeds/
  newskg build page.txt more/ -o out   any .txt/.md pages or folders of them

Each page is split into articles; people, organisations, places and events are found
with the relations between them (byline, holds_role, visited, organized,
participated_in, part_of, located_in) and merged into one graph.
"""

COMMANDS = (build_command, evaluate_command, store_command)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newskg", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except UserError as exc:
        print(f"newskg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `newskg query … | head`: the reader left, which is fine
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
