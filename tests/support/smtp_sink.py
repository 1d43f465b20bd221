#!/usr/bin/python3
"""A real SMTP server (aiosmtpd) that captures every mail CertDesk sends, for the tests.

    /usr/bin/python3 tests/support/smtp_sink.py --host 127.0.0.1 --port P --maildir DIR
        [--starttls CERT KEY]   STARTTLS offered and required before AUTH/MAIL
        [--tls CERT KEY]        implicit TLS (smtps) on the listening socket
        [--auth USER:PASS]      AUTH PLAIN/LOGIN required before MAIL

Every recipient is accepted except addresses at a domain ending in "refused.invalid" (550).

Each message is written as DIR/NNNN.eml (the DATA bytes exactly as received, dot-unstuffed) and then
DIR/NNNN.json (the envelope: mail_from, rcpt_tos, peer, tls, auth_user, ...). The .json file appears
last and atomically, so a reader that lists *.json only sees complete messages. Numbering continues
after the highest number already in DIR (a restarted sink keeps the earlier mail).

--port 0 picks a free port. Once listening, prints "ready PORT" on stdout and flushes. SIGTERM or
SIGINT closes the socket and exits with status 0. Uses only Debian's python3-aiosmtpd (1.4.x), which
/usr/bin/python3 can import.
"""
import argparse
import asyncio
import json
import logging
import os
import re
import signal
import ssl
import sys
import time

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--maildir", required=True)
    tls = p.add_mutually_exclusive_group()
    tls.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    tls.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--auth", metavar="USER:PASS")
    return p.parse_args(argv)


def server_tls_context(cert, key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # no client certificates
    return ctx


class MailDir:
    def __init__(self, path):
        self.path = path
        os.makedirs(path, exist_ok=True)
        numbers = [int(m.group(1)) for m in (re.fullmatch(r"(\d+)\.(eml|json)", n) for n in os.listdir(path)) if m]
        self.next = max(numbers, default=0) + 1

    def store(self, raw, meta):
        # One event loop thread: numbering needs no lock.
        n = self.next
        self.next += 1
        base = os.path.join(self.path, "%04d" % n)
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        tmp = base + ".json.tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        os.replace(tmp, base + ".json")
        return n


class Sink:
    """aiosmtpd handler: stores every message; accepts every recipient except those at a domain
    ending in "refused.invalid" (550), so that tests can see a recipient being refused."""

    def __init__(self, maildir, implicit_tls):
        self.maildir = maildir
        self.implicit_tls = implicit_tls

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower().rstrip(">").endswith("refused.invalid"):
            return "550 5.1.1 Recipient address rejected: test sink refuses this domain"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        auth_user = None
        if session.authenticated and isinstance(session.auth_data, LoginPassword):
            auth_user = session.auth_data.login.decode("utf-8", "replace")
        peer = session.peer
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "mail_options": list(envelope.mail_options),
            "rcpt_options": list(envelope.rcpt_options),
            "peer": list(peer) if isinstance(peer, tuple) else peer,
            "tls": bool(self.implicit_tls or session.ssl is not None),
            "auth_user": auth_user,
            "received_at": time.time(),
        }
        n = self.maildir.store(envelope.original_content or b"", meta)
        return "250 OK message %04d stored" % n


def make_authenticator(user, password):
    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == user.encode("utf-8")
              and auth_data.password == password.encode("utf-8"))
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)
    return authenticator


async def serve(args):
    loop = asyncio.get_running_loop()
    maildir = MailDir(args.maildir)
    implicit = args.tls is not None
    kwargs = {
        "hostname": "certdesk-test-sink",  # no getfqdn() (slow without DNS)
        "data_size_limit": 50 * 1024 * 1024,
        "enable_SMTPUTF8": True,
        "loop": loop,
    }
    if args.starttls:
        kwargs["tls_context"] = server_tls_context(*args.starttls)
        kwargs["require_starttls"] = True
        kwargs["auth_require_tls"] = True
    else:
        # Implicit TLS: the socket is already encrypted (aiosmtpd only knows about STARTTLS);
        # no TLS at all: AUTH in clear is what the test asked for.
        kwargs["auth_require_tls"] = False
    if args.auth:
        user, sep, password = args.auth.partition(":")
        if not sep:
            raise SystemExit("--auth needs USER:PASS")
        kwargs["auth_required"] = True
        kwargs["authenticator"] = make_authenticator(user, password)

    handler = Sink(maildir, implicit)
    ssl_ctx = server_tls_context(*args.tls) if implicit else None
    server = await loop.create_server(lambda: SMTP(handler, **kwargs), host=args.host, port=args.port,
                                      ssl=ssl_ctx, reuse_address=True)
    port = server.sockets[0].getsockname()[1]

    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    sys.stdout.write("ready %d\n" % port)
    sys.stdout.flush()
    await stop.wait()
    server.close()
    await server.wait_closed()


def main(argv):
    args = parse_args(argv)
    # aiosmtpd logs every connection at INFO and a deprecation notice per AUTH; keep stderr for errors.
    logging.basicConfig(level=logging.ERROR, format="smtp_sink: %(levelname)s %(message)s")
    asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
