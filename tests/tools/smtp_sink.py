"""A real SMTP server for the email tests (aiosmtpd), which keeps what it
receives as one JSON file per message: envelope, headers, and the decoded
plain-text and HTML parts.

    smtp_sink.py --port PORT --dir DIR [--defer N] [--reject-to TEXT] [--delay-ms MS]

--defer N answers the first N messages with 451 (try again later);
--reject-to TEXT refuses, with 550, every recipient whose address contains
TEXT; --delay-ms MS waits before accepting each message (so that several
senders overlap). Prints "ready" once it listens; stops on SIGTERM.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import threading
import uuid

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory, defer, reject_to, delay):
        self.directory = directory
        self.defer = defer
        self.reject_to = reject_to
        self.delay = delay
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject_to and self.reject_to in address:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            deferring = self.defer > 0
            if deferring:
                self.defer -= 1
        if deferring:
            return "451 4.3.0 try again later"
        if self.delay:
            await asyncio.sleep(self.delay)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        plain = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        kept = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "headers": {name: str(value) for name, value in message.items()},
            "subject": str(message["subject"] or ""),
            "text": plain.get_content() if plain is not None else None,
            "html": html.get_content() if html is not None else None,
        }
        name = uuid.uuid4().hex
        partial = os.path.join(self.directory, name + ".part")
        with open(partial, "w", encoding="utf-8") as out:
            json.dump(kept, out)
        os.rename(partial, os.path.join(self.directory, name + ".json"))
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--defer", type=int, default=0)
    parser.add_argument("--reject-to", default="")
    parser.add_argument("--delay-ms", type=int, default=0)
    args = parser.parse_args()
    sink = Sink(args.dir, args.defer, args.reject_to, args.delay_ms / 1000)
    controller = Controller(sink, hostname="127.0.0.1", port=args.port)
    controller.start()
    print("ready", flush=True)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    stopped.wait()
    controller.stop()


if __name__ == "__main__":
    main()
