"""Readers of the Voila app without a browser, for the load test: each does what the page's script does to show
its first charts (fetch the page, connect to its kernel, ask for every widget's state) and stops when the state
holds every chart image. Running many of them at once measures what the server does for a crowd, not what one
machine's browser costs to render many pages (on a reader's own phone, that work is theirs).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import re
import struct
import time
import uuid

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

CONFIG = re.compile(r'<script id="jupyter-config-data" type="application/json">\s*(.*?)\s*</script>', re.S)


def message(msg_type: str, content: dict, session: str, metadata: dict | None = None) -> str:
    header = {
        "msg_id": uuid.uuid4().hex,
        "msg_type": msg_type,
        "session": session,
        "username": "reader",
        "version": "5.3",
        "date": "",
    }
    return json.dumps(
        {"header": header, "parent_header": {}, "metadata": metadata or {}, "content": content, "channel": "shell"}
    )


def decode(frame: str | bytes) -> dict:
    """A kernel message from the websocket: JSON text, or Jupyter's binary framing (the JSON first, then buffers)."""
    if isinstance(frame, str):
        return json.loads(frame)
    count = struct.unpack("!I", frame[:4])[0]
    offsets = struct.unpack(f"!{count}I", frame[4 : 4 + 4 * count])
    end = offsets[1] if count > 1 else len(frame)
    return json.loads(frame[offsets[0] : end].decode("utf-8"))


async def first_charts(url: str, charts: int, timeout: float = 180) -> float:
    """Seconds until the page at `url` has its `charts` chart images in its widgets' state."""
    start = time.monotonic()
    page = await AsyncHTTPClient(max_clients=100).fetch(url + "/", request_timeout=timeout, connect_timeout=timeout)
    kernel = json.loads(CONFIG.search(page.body.decode("utf-8")).group(1))["kernelId"]
    cookies = "; ".join(cookie.split(";")[0] for cookie in page.headers.get_list("Set-Cookie"))
    session = uuid.uuid4().hex
    socket = await websocket_connect(
        HTTPRequest(
            f"{url.replace('http', 'ws', 1)}/api/kernels/{kernel}/channels?session_id={session}",
            headers={"Cookie": cookies},
            request_timeout=timeout,
            connect_timeout=timeout,
        )
    )
    try:
        comm = uuid.uuid4().hex
        socket.write_message(
            message(
                "comm_open",
                {"comm_id": comm, "target_name": "jupyter.widget.control", "data": {}},
                session,
                {"version": "1.0.0"},
            )
        )
        socket.write_message(message("comm_msg", {"comm_id": comm, "data": {"method": "request_states"}}, session))
        while True:
            frame = await asyncio.wait_for(socket.read_message(), timeout)
            if frame is None:
                raise ConnectionError("the kernel's websocket closed")
            reply = decode(frame)
            data = reply.get("content", {}).get("data", {})
            if reply.get("msg_type", reply["header"]["msg_type"]) == "comm_msg" and data.get("method") == "update_states":
                shown = [
                    model
                    for model in data["states"].values()
                    if "kit-chart" in model["state"].get("_dom_classes", ())
                    and "<img " in model["state"].get("value", "")
                ]
                if len(shown) < charts:
                    raise AssertionError(f"the page's state holds {len(shown)} charts, not {charts}")
                return time.monotonic() - start
    finally:
        socket.close()


def crowd(url: str, readers: int, charts: int) -> list[float]:
    """`readers` readers arriving at once; each one's seconds to its first charts."""

    async def everyone():
        return await asyncio.gather(*(first_charts(url, charts) for _ in range(readers)))

    with concurrent.futures.ThreadPoolExecutor(1) as thread:  # an event loop of its own (Playwright has one here)
        return thread.submit(asyncio.run, everyone()).result()
