"""A real RFC 3161 time-stamping authority on 127.0.0.1 for tests: OpenSSL's `openssl ts
-reply` behind a tiny HTTP handler, with its own test PKI made by `openssl` (a root CA, a
TSA certificate with the critical timeStamping extended key usage, one that expired in
2020, and a second root that trusts nothing here).

Paths on the server choose how it answers: `/tsr` signs the query (the good TSA),
`/expired` signs with the expired certificate, `/other` stamps other bytes than asked,
`/garbage` and `/html` answer something that is no reply, `/error` HTTP 500.
"""

from __future__ import annotations

import socket
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

OPENSSL = "openssl"

CONFIG = """\
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = factdb test
[ v3_ca ]
basicConstraints = critical, CA:true
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[ v3_tsa ]
basicConstraints = critical, CA:false
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ ca ]
default_ca = testca
[ testca ]
dir = {dir}
database = {dir}/index.txt
new_certs_dir = {dir}
serial = {dir}/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[ any ]
commonName = supplied
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = {dir}/tsaserial
signer_cert = {dir}/tsa.pem
signer_key = {dir}/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
crypto_device = builtin
other_policies = 1.2.3.4.5
"""


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run([OPENSSL, *args], cwd=cwd, check=True, capture_output=True)


class TestPKI:
    """The test CA, the TSA's certificates and OpenSSL's TSA configuration, in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.config = folder / "tsa.cnf"
        self.config.write_text(CONFIG.format(dir=folder), encoding="utf-8")
        (folder / "index.txt").write_text("")
        (folder / "serial").write_text("01\n")
        (folder / "tsaserial").write_text("01\n")
        conf = str(self.config)
        for name, cn in (("ca", "factdb test root CA"), ("other-ca", "another root CA")):
            openssl("req", "-x509", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    f"{name}.key", "-out", f"{name}.pem", "-days", "3650", "-config", conf,
                    "-extensions", "v3_ca", "-subj", f"/CN={cn}", cwd=folder)  # fmt: skip
        for name, dates in (
            ("tsa", ["-days", "365"]),
            ("expired", ["-startdate", "20200101000000Z", "-enddate", "20200102000000Z"]),
        ):
            openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key",
                    "-out", f"{name}.csr", "-subj", f"/CN=factdb test TSA {name}",
                    cwd=folder)  # fmt: skip
            openssl("ca", "-batch", "-config", conf, "-cert", "ca.pem", "-keyfile", "ca.key",
                    "-in", f"{name}.csr", "-out", f"{name}.pem", "-extensions", "v3_tsa",
                    "-notext", *dates, cwd=folder)  # fmt: skip
        self.ca = folder / "ca.pem"
        self.other_ca = folder / "other-ca.pem"

    def reply(self, query: bytes, signer: str = "tsa") -> bytes:
        """`openssl ts -reply` to a DER TimeStampReq, signed with `signer`'s key."""
        with tempfile.TemporaryDirectory(dir=self.folder) as tmp:
            q, r = Path(tmp) / "q.tsq", Path(tmp) / "r.tsr"
            q.write_bytes(query)
            openssl("ts", "-reply", "-config", str(self.config), "-queryfile", str(q),
                    "-signer", f"{signer}.pem", "-inkey", f"{signer}.key", "-out", str(r),
                    cwd=self.folder)  # fmt: skip
            return r.read_bytes()

    def other_query(self) -> bytes:
        """A query for other bytes than any snapshot's."""
        with tempfile.TemporaryDirectory(dir=self.folder) as tmp:
            data, q = Path(tmp) / "other.txt", Path(tmp) / "q.tsq"
            data.write_bytes(b"some other bytes\n")
            openssl("ts", "-query", "-data", str(data), "-sha256", "-cert", "-out", str(q),
                    cwd=self.folder)  # fmt: skip
            return q.read_bytes()


class TSAServer:
    """The test TSA over HTTP on 127.0.0.1 (an ephemeral port, a daemon thread)."""

    def __init__(self, pki: TestPKI) -> None:
        self.pki = pki
        self.queries: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server dispatches to
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                server.queries.append(self.path)
                status, kind, answer = 200, "application/timestamp-reply", b""
                if self.path == "/tsr":
                    answer = pki.reply(body)
                elif self.path == "/expired":
                    answer = pki.reply(body, signer="expired")
                elif self.path == "/other":
                    answer = pki.reply(pki.other_query())
                elif self.path == "/garbage":
                    answer = bytes(range(256)) * 4
                elif self.path == "/html":
                    kind, answer = (
                        "text/html",
                        b"<html><body><h1>Welcome to nginx!</h1></body></html>",
                    )
                else:
                    status, kind, answer = 500, "text/plain", b"internal error"
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str = "/tsr") -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __enter__(self) -> TSAServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def closed_port_url() -> str:
    """The URL of a port on 127.0.0.1 where nothing listens (a TSA that is down)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsr"


def serve(folder: Path) -> Iterator[TSAServer]:
    with TSAServer(TestPKI(folder)) as server:
        yield server
