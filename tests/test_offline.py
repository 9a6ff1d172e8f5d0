"""The test suite runs offline: a connection that would leave the machine fails at once and loudly, in the
pytest process, in the subprocesses it starts and in Jupyter kernels; 127.0.0.1 and Unix sockets work."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request

import nbformat
import pytest
from localserver import Reply
from nbclient import NotebookClient
from offline_guard import NetworkBlocked

TRY_THE_NETWORK = """
import socket
try:
    socket.create_connection(("192.0.2.1", 80), timeout=5)
    print("connected")
except Exception as exc:
    print(type(exc).__name__)
"""


def ipv6_connect(address):
    with socket.socket(socket.AF_INET6) as sock:
        sock.connect(address)


@pytest.mark.parametrize(
    "attempt",
    [
        lambda: urllib.request.urlopen("https://example.org/data.csv", timeout=5),
        lambda: socket.create_connection(("192.0.2.1", 80), timeout=5),
        lambda: ipv6_connect(("2001:db8::1", 443, 0, 0)),
        lambda: socket.getaddrinfo("example.org", 443),
    ],
    ids=["urllib", "tcp to an address", "tcp over ipv6", "name look-up"],
)
def test_reaching_beyond_this_machine_fails_loudly(attempt):
    with pytest.raises(NetworkBlocked, match="Network access is blocked in the tests"):
        attempt()


def test_loopback_and_unix_sockets_still_work(local_server, tmp_path):
    local_server.replies["/ok"] = Reply(b"fine")
    for host in ("127.0.0.1", "localhost"):
        url = local_server.url("/ok").replace("127.0.0.1", host)
        with urllib.request.urlopen(url, timeout=5) as response:
            assert response.read() == b"fine"
    with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
        server.bind(str(tmp_path / "sock"))
        server.listen()
        client.connect(str(tmp_path / "sock"))
        assert client.getpeername() == str(tmp_path / "sock")


def test_python_subprocesses_inherit_the_guard():
    result = subprocess.run(
        [sys.executable, "-c", TRY_THE_NETWORK], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "NetworkBlocked"


def test_notebook_kernels_inherit_the_guard():
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(TRY_THE_NETWORK)])
    NotebookClient(notebook, timeout=60, kernel_name="python3").execute()
    assert notebook.cells[0].outputs[0]["text"].strip() == "NetworkBlocked"
