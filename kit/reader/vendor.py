"""The reader page's JavaScript dependencies: npm packages pinned in `web/package-lock.json`, their tarballs
vendored in `web/vendor/` (`make vendor` fetches them again with npm), so that the build and the tests need
neither npm nor the network. A tarball is used only if it matches the lockfile's integrity hash."""

from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import tarfile
from pathlib import Path

from kit import paths
from kit.errors import KitError

WEB = Path(__file__).resolve().parent / "web"
LOCK = WEB / "package-lock.json"
VENDOR = WEB / "vendor"


class VendorError(KitError):
    """A vendored package missing or not the one the lockfile pins."""


@functools.cache
def locked() -> dict[str, dict]:
    """Each locked package (name -> its lockfile entry: version, integrity, dev)."""
    packages = json.loads(LOCK.read_text(encoding="utf-8"))["packages"]
    return {key.removeprefix("node_modules/"): entry for key, entry in packages.items() if key}


def tarball(name: str) -> Path:
    """Where the vendored tarball of a locked package is (as `npm pack` names it)."""
    entry = locked()[name]
    return VENDOR / f"{name.lstrip('@').replace('/', '-')}-{entry['version']}.tgz"


def integrity(payload: bytes) -> str:
    """A Subresource Integrity string, as npm's lockfile records a tarball's."""
    return "sha512-" + base64.b64encode(hashlib.sha512(payload).digest()).decode("ascii")


def problems() -> list[VendorError]:
    """Every locked package whose tarball is missing or differs from the lockfile's hash."""
    found = []
    for name, entry in locked().items():
        path = tarball(name)
        if not path.is_file():
            found.append(VendorError(f"The npm package {name} {entry['version']} is not vendored.",
                                     where=paths.shown(path), fix="run `make vendor`."))
        elif integrity(path.read_bytes()) != entry["integrity"]:
            found.append(VendorError(f"The vendored {name} {entry['version']} is not the tarball the lockfile pins.",
                                     where=paths.shown(path), fix="run `make vendor` to fetch it again."))
    return found


@functools.cache
def file(name: str, member: str) -> bytes:
    """One file of a vendored package (`member` relative to the package), after checking the tarball."""
    path = tarball(name)
    payload = path.read_bytes() if path.is_file() else b""
    if integrity(payload) != locked()[name]["integrity"]:
        raise (problems() or [VendorError(f"{name} is not vendored.", where=paths.shown(path), fix="make vendor")])[0]
    with tarfile.open(fileobj=io.BytesIO(payload), mode="r:gz") as archive:
        try:
            return archive.extractfile(f"package/{member}").read()
        except KeyError:
            raise VendorError(f"The npm package {name} has no file {member}.", where=paths.shown(path),
                              fix="name a file the package ships.") from None


def main(argv: list[str] | None = None) -> int:
    """`--specs`: the locked packages as `name@version` (for `npm pack`); `--check`: the vendored tarballs."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="The reader page's vendored npm packages.")
    parser.add_argument("--specs", action="store_true", help="print each locked package as name@version")
    parser.add_argument("--check", action="store_true", help="check every tarball against the lockfile")
    options = parser.parse_args(argv)
    if options.specs:
        print(" ".join(f"{name}@{entry['version']}" for name, entry in locked().items()))
    if options.check:
        found = problems()
        for problem in found:
            print(problem, file=sys.stderr)
        if not found:
            print(f"{len(locked())} vendored npm packages match {paths.shown(LOCK)}.")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
