"""Command line: `python -m kit build | test STORY | check | new-article ARTICLE | new STORY | describe FILE |
rehash NAME | refresh [SOURCE] | translations` (`python -m kit -h`)."""

from __future__ import annotations

import argparse
import sys

from kit.errors import KitError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kit", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser(
        "build",
        help="check the data, run the notebooks whose inputs changed since they last ran, write tidy data and figures",
    )
    build.add_argument("stories", nargs="*", help="only these stories (names, or notebook prefixes such as 01)")
    build.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="statistic notebooks run at the same time, and as many chart exports in other languages beside them "
        "(default: 2, or 1 on a one-core machine)",
    )
    build.add_argument(
        "--force",
        action="store_true",
        help="run every step again, even those whose inputs are unchanged since they last ran (by default a step is "
        "skipped when its inputs are unchanged and its outputs are all there, unchanged)",
    )
    # the build always stores each executed notebook as its .ipynb now; the option stays for old habits
    build.add_argument("--store-outputs", action="store_true", help=argparse.SUPPRESS)
    build.add_argument(
        "--publish",
        action="store_true",
        help="a publishing build: refuse an article whose publishing record has a missing or placeholder field "
        "(by default a preview, its JSON-LD marked a draft)",
    )
    test = commands.add_parser(
        "test",
        help="check one story: build it (notebook, charts in its languages, chart check), run its tests and nbval "
        "on its notebook, then say what to fix",
    )
    test.add_argument("story", help="the story's name (or its notebook's prefix, such as 05)")
    test.add_argument("--jobs", type=int, default=None, help="as for build")
    proofread = commands.add_parser(
        "proofread",
        help="read what the stories publish (their charts and claims, and their articles' ledgers, galleries and the "
        "index of articles as the last build wrote them) as an editor of each language would: English left in the other "
        "languages, English number formats, ISO dates in sentences, short words at a line's end, typewriter quotes, "
        "our inner words",
    )
    proofread.add_argument("stories", nargs="*", help="only these stories (default: all)")
    commands.add_parser(
        "check",
        help="verify every raw file's checksum, schema and provenance, every story's declaration and translations",
    )
    article = commands.add_parser(
        "new-article", help="describe a new article to check: its folder, description and empty statements file"
    )
    article.add_argument("article", help="its folder's name: lower-case letters, digits and _ (e.g. daily_planet_2025)")
    article.add_argument("--headline", required=True, help="the article's headline, as published")
    article.add_argument("--publisher", required=True, help="the outlet that published it")
    article.add_argument("--url", required=True, help="its web address (http or https)")
    article.add_argument("--published", required=True, help="its publication date, YYYY-MM-DD")
    article.add_argument("--author", default="", help="its author, if named")
    article.add_argument("--language", default="en", help="the language it is written in (default: en)")
    new = commands.add_parser("new", help="scaffold a working story on example data (a draft until replaced)")
    new.add_argument("story", help="the story's name: lower-case letters, digits and _ (e.g. ai_patents)")
    new.add_argument("--title", required=True, help="the story's title, one line")
    new.add_argument("--article", help="the article it checks (a folder of data/articles/; needed if several)")
    describe = commands.add_parser(
        "describe",
        help="describe a new CSV of a source folder in its datapackage.json (fields, types, key, checksum inferred; "
        "provenance marked TODO for you to fill in)",
    )
    describe.add_argument("file", help="the file: data/raw/<source>/<file>.csv")
    rehash = commands.add_parser(
        "rehash", help="check a raw file you changed on purpose (or a new one) and record its checksum"
    )
    rehash.add_argument("resource", help="the resource's name in its source folder's description")
    rehash.add_argument(
        "--accept",
        action="store_true",
        help="record it even if rows vanish or appear, or values leave their range or jump a hundredfold",
    )
    refresh = commands.add_parser(
        "refresh",
        help="re-download sources that have a download URL, check them, show what changes, replace if all pass",
    )
    refresh.add_argument("sources", nargs="*", help="resource names or data/raw/ folders (default: all)")
    refresh.add_argument("--timeout", type=float, help="seconds a download may take in all (default 30)")
    refresh.add_argument("--dry-run", action="store_true", help="show what would change; write only the story diff")
    refresh.add_argument(
        "--accept",
        action="store_true",
        help="replace the data even if rows vanish or appear or values leave their previous range",
    )
    translations = commands.add_parser(
        "translations", help="list texts missing or stale in a language; --stamp after translating"
    )
    translations.add_argument(
        "--stamp",
        metavar="LANG",
        help="record that translations into LANG (the ids given, else all) follow today's English",
    )
    translations.add_argument("ids", nargs="*", help="text ids to stamp (put `--` before ids that start with -)")
    args = parser.parse_args(argv)
    try:
        if args.command == "build":
            import time

            from kit import build as builder

            start = time.perf_counter()
            built = builder.build(args.stories, jobs=args.jobs or builder.JOBS, publish=args.publish, force=args.force)
            print(builder.summary(built, time.perf_counter() - start, publish=args.publish))
        elif args.command == "test":
            import time

            from kit import build as builder

            start = time.perf_counter()
            found = builder.test(args.story, jobs=args.jobs or builder.JOBS)
            took = time.perf_counter() - start
            if found:
                print(f"\nTo fix ({len(found)}), after {took:.0f} s:", file=sys.stderr)
                print("\n\n".join(found), file=sys.stderr)
                return 1
            print(f"\nAll good: {args.story} builds, passes the chart check, its tests and nbval ({took:.0f} s).")
        elif args.command == "proofread":
            from kit import build as builder
            from kit import proofread as editor

            chosen = builder.chosen(args.stories)
            marked = [(each.name, where, finding) for each in chosen for where, finding in editor.story_findings(each)]
            claims = {claim for each in chosen for claim in each.claims}
            for article in dict.fromkeys(each.article for each in chosen):  # what the last build published
                marked += [
                    (article, where, finding)
                    for where, finding in editor.published_findings(article)
                    if not args.stories or where.claim is None or where.claim in claims
                ]
            for name, where, finding in marked:
                print(f"{name}: {where}: {finding}")
            if marked:
                print(f"{len(marked)} things to correct (the catalogs in locales/, data/names/locales/, or the story's "
                      "code).", file=sys.stderr)
                return 1
            print("Nothing to correct.")
        elif args.command == "check":
            from kit import build as builder
            from kit import data, story

            builder.preflight()
            print(
                f"All {len(data.names())} raw files match their checksums and schemas; "
                f"the declarations of {len(story.stories())} stories hold together; their texts are translated "
                "into the languages they publish."
            )
        elif args.command == "new-article":
            from kit import paths, scaffold

            written = scaffold.new_article(
                args.article,
                headline=args.headline,
                publisher=args.publisher,
                url=args.url,
                published=args.published,
                author=args.author,
                language=args.language,
            )
            print(f"Described the article {args.article!r}:")
            print("\n".join(f"  {paths.shown(path)}" for path in written))
            print(scaffold.article_next_steps(args.article))
        elif args.command == "describe":
            from kit import data, paths

            name, written = data.describe(args.file)
            print(f"Described {args.file} as the resource {name!r} in {paths.shown(written)}.")
            print(
                "Next: fill in every TODO there (who published it, where, when, its licence and caveats; `make check` "
                "refuses the description until then), and check the inferred types and primaryKey.\n"
                f"A story reads it as SOURCE = {name!r} (in its compute.py)."
            )
        elif args.command == "new":
            from kit import paths, scaffold

            written = scaffold.create(args.story, args.title, args.article)
            print(f"Created the story {args.story!r} on example data:")
            print("\n".join(f"  {paths.shown(path)}" for path in written))
            print(scaffold.next_steps(args.story))
        elif args.command == "translations":
            from kit import i18n
            from kit import translations as texts

            if args.stamp:
                stamped = texts.stamp(args.stamp, args.ids)
                print(f"Stamped {len(stamped)} {i18n.NAMES[args.stamp]} texts as following today's English.")
            found = texts.problems()
            glossary = texts.glossary_problems()
            for problem in [*found, *glossary]:
                print(f"{problem.where}: {problem.problem}", file=sys.stderr)
            if found:
                print(f"{len(found)} texts to translate or check. Fix: {found[0].fix}", file=sys.stderr)
            if glossary:
                print(f"{len(glossary)} texts write a glossary term by hand. Fix: {glossary[0].fix}", file=sys.stderr)
            if found or glossary:
                return 1
            print(f"Every text is translated, up to date and uses the glossary in {', '.join(i18n.NAMES.values())}.")
        elif args.command == "rehash":
            from kit import data

            digest = data.rehash(args.resource, accept=args.accept)
            print(f"{args.resource}: sha256 {digest} recorded in {data.paths.shown(data.description_of(args.resource))}")
        elif args.command == "refresh":
            from kit import refresh as refresher

            timeout = args.timeout or refresher.TIMEOUT
            result = refresher.refresh(args.sources, timeout=timeout, apply=not args.dry_run, accept=args.accept)
            print(refresher.report(result))
    except KitError as problem:
        print(f"\nerror: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
