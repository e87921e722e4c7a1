"""`factdb serve`: the local, read-only web viewer."""

from __future__ import annotations

import click

from ..errors import UsageError
from .app import State, cli, pass_state
from .output import json_option, render

# The viewer's defaults, repeated here because factdb.web (and Flask) is only imported when
# serving: it imports the CLI's data builders, and other commands should not load Flask.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


@cli.command()
@click.option(
    "--host",
    default=DEFAULT_HOST,
    show_default=True,
    help="Address to listen on; anything but this machine needs --allow-remote.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    help="Port to listen on (0 picks a free one).",
)
@click.option(
    "--allow-remote",
    is_flag=True,
    help="Allow a non-loopback --host. The viewer has no authentication: anyone who can "
    "reach the address reads the whole database.",
)
@click.option(
    "--review",
    is_flag=True,
    help="Let the review queue (/review) record verdicts: prints a one-time token and the "
    "address that carries it; POSTs need it, from this machine and the viewer's own page.",
)
@json_option
@pass_state
def serve(
    state: State, host: str, port: int, allow_remote: bool, review: bool, as_json: bool
) -> None:
    """Serve a read-only web viewer: claims, each quote highlighted in its archived page.

    Pages are at http://127.0.0.1:8765/ by default; JSON at /api/claims, /api/claims/ID
    and /api/sources/ID, with the same keys as the commands' --json. With --json, the
    address is printed as one JSON object once the server listens. /review lists the
    claims that need a person (needs review, warn, a lapsed review, a drifted quote);
    with --review (on this machine only) it records verdicts as `factdb review` does,
    with a token printed at start.

    Example: factdb serve --port 8765
    """
    try:
        from ..web.server import is_loopback, server_url, viewer_server
    except ImportError as exc:
        raise UsageError(f"the viewer needs Flask ({exc}): pip install 'factdb[web]'") from exc

    if review and not is_loopback(host):
        raise UsageError("--review listens on this machine only: leave --host at 127.0.0.1")
    if not is_loopback(host) and not allow_remote:
        raise UsageError(
            f"--host {host} would expose the viewer beyond this machine, and it has no "
            "authentication; pass --allow-remote to do it anyway"
        )
    import secrets

    token = secrets.token_urlsafe(24) if review else None
    server = viewer_server(state.url, host, port, review_token=token)
    url = server_url(server)
    if not is_loopback(host):
        click.echo(
            f"Warning: the viewer has no authentication; anyone who can reach {url} "
            "can read every claim and archived page.",
            err=True,
        )

    data: dict[str, object] = {"url": url, "host": server.host, "port": server.port}
    if token is not None:
        data.update(review_token=token, review_url=f"{url}review?token={token}")

    def show() -> None:
        if token is None:
            click.echo(f"Serving the factdb viewer at {url} (read-only; Ctrl-C to stop).")
        else:
            click.echo(f"Serving the factdb viewer at {url} in review mode (Ctrl-C to stop).")
            click.echo(f"Review token (this run only): {token}")
            click.echo(f"Review queue: {data['review_url']}")

    render(data, show, as_json=as_json)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
    finally:
        server.server_close()
