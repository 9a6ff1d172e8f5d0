"""Command line: `python -m kit build | check | rehash NAME | refresh [SOURCE]` (run `python -m kit -h`)."""

from __future__ import annotations

import argparse
import sys

from kit.errors import KitError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kit", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="check the data, run every notebook, write tidy data and figures")
    build.add_argument("notebooks", nargs="*", help="only these notebooks (name prefixes such as 01)")
    build.add_argument(
        "--store-outputs",
        action="store_true",
        help="also save each executed notebook as its .ipynb (the outputs nbval compares)",
    )
    commands.add_parser("check", help="verify every raw file's checksum and schema")
    rehash = commands.add_parser("rehash", help="record the checksum of a raw file you changed on purpose")
    rehash.add_argument("resource", help="the resource's name in data/datapackage.json")
    refresh = commands.add_parser(
        "refresh",
        help="re-download sources that have a download URL, check them, show what changes, replace if all pass",
    )
    refresh.add_argument("sources", nargs="*", help="resource names or data/raw/ folders (default: all)")
    refresh.add_argument("--timeout", type=float, help="seconds to wait for a server (default 30)")
    refresh.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            from kit import build as builder

            built = builder.build(args.notebooks, store=args.store_outputs)
            print(builder.summary(built))
        elif args.command == "check":
            from kit import build as builder
            from kit import data

            builder.preflight()
            print(f"All {len(data.names())} raw files match their checksums and schemas.")
        elif args.command == "rehash":
            from kit import data

            print(f"{args.resource}: sha256 {data.rehash(args.resource)} recorded in data/datapackage.json")
        elif args.command == "refresh":
            from kit import refresh as refresher

            timeout = args.timeout or refresher.TIMEOUT
            updates = refresher.refresh(args.sources, timeout=timeout, apply=not args.dry_run)
            print(refresher.report(updates, applied=not args.dry_run))
    except KitError as problem:
        print(f"\nerror: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
