"""A TCP proxy that lets a test take the search server away and bring it back.

It listens on a fixed local port and, depending on its mode, forwards each connection to the real
server, accepts connections and never answers (a hung server: clients wait for their timeout), or
does not listen at all (a stopped server: connections are refused at once).
"""

import contextlib
import socket
import threading


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class TcpProxy:
    def __init__(self, target: tuple[str, int] | None) -> None:
        self.target = target
        self.port = free_port()
        self.mode = "stopped"
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def forward(self) -> None:
        """Pass connections through to the target server."""
        if self.target is None:
            raise RuntimeError("this proxy has no server to forward to")
        self._listen("forward")

    def hang(self) -> None:
        """Accept connections and never answer them."""
        self._listen("hang")

    def stop(self) -> None:
        """Stop listening and cut every open connection."""
        if self._thread is not None:
            self._stopping.set()
            self._thread.join()
            self._thread = None
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _close(sock)
        self.mode = "stopped"

    def _listen(self, mode: str) -> None:
        self.stop()
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        listener.settimeout(0.05)
        self.mode = mode
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._accept, args=(listener, self._stopping), daemon=True)
        self._thread.start()

    def _accept(self, listener: socket.socket, stopping: threading.Event) -> None:
        with listener:
            while not stopping.is_set():
                try:
                    client, _ = listener.accept()
                except TimeoutError:
                    continue
                client.settimeout(None)
                self._track(client)
                if self.mode == "forward":
                    self._connect(client)

    def _connect(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=2)
        except OSError:
            _close(client)
            return
        upstream.settimeout(None)
        self._track(upstream)
        for source, destination in ((client, upstream), (upstream, client)):
            threading.Thread(target=_pump, args=(source, destination), daemon=True).start()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)


def _pump(source: socket.socket, destination: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            destination.sendall(data)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            destination.shutdown(socket.SHUT_WR)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()
