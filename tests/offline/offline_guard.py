"""The test suite's network guard: a connection that would leave this machine raises `NetworkBlocked`.

Loopback (127.0.0.0/8, ::1, localhost), 0.0.0.0 and Unix sockets stay open: Jupyter kernels, the refresh tests'
HTTP server and browser tests talk over them. Host-name look-ups of anything else are refused too, so a
download fails at once and loudly instead of waiting for a time-out. Installed in the pytest process by
`tests/conftest.py` and, through `sitecustomize.py` beside this file, in every Python process the tests
start (subprocesses, nbval's and nbclient's kernels), which inherit `PYTHONPATH` and `KIT_OFFLINE=1`.
"""

from __future__ import annotations

import ipaddress
import socket

LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


class NetworkBlocked(RuntimeError):
    """Raised instead of reaching the network. Not an OSError, so no library retries it or swallows it."""


def is_local(host) -> bool:
    if host is None:  # a passive look-up (binding a server), not a destination
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%")[0].lower()
    if host in LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified  # 0.0.0.0 and :: bind servers, or mean this machine


def _refuse(host, port) -> NetworkBlocked:
    return NetworkBlocked(
        f"Network access is blocked in the tests: something tried to reach {host}:{port}. "
        "The kit must build and test offline; serve test data from 127.0.0.1 instead "
        "(see tests/test_refresh.py), or keep the data you need in data/raw/."
    )


def _check(family, address) -> None:
    if family == getattr(socket, "AF_UNIX", None) or not isinstance(address, tuple):
        return
    if not is_local(address[0]):
        raise _refuse(address[0], address[1] if len(address) > 1 else "?")


def install() -> None:
    """Guard this process (idempotent)."""
    if getattr(socket.socket, "_kit_offline", False):
        return
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo, real_gethostbyname = socket.getaddrinfo, socket.gethostbyname
    LOCAL_NAMES.add(socket.gethostname().lower())  # this machine's own name resolves locally

    def connect(self, address):
        _check(self.family, address)
        return real_connect(self, address)

    def connect_ex(self, address):
        _check(self.family, address)
        return real_connect_ex(self, address)

    def getaddrinfo(host, port, *args, **kwargs):
        if not is_local(host):
            raise _refuse(host, port)
        return real_getaddrinfo(host, port, *args, **kwargs)

    def gethostbyname(host):
        if not is_local(host):
            raise _refuse(host, "-")
        return real_gethostbyname(host)

    socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
    socket.getaddrinfo, socket.gethostbyname = getaddrinfo, gethostbyname
    socket.socket._kit_offline = True
