"""The published show in an output folder: rebuild, check, deploy, remove an episode, serve."""

from __future__ import annotations

import contextlib
import errno
import logging
import socket
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from narrator import audio, publish
from narrator.config import PublishSettings, Settings
from narrator.errors import ConfigError, InputError, NarratorError
from narrator.pipeline.jobs import read
from narrator.publish import DeployReport, EpisodeRecord, Finding, OnSending

__all__ = ["DeployReport", "EpisodeRecord", "Finding", "check", "deploy", "for_this_machine", "remove",
           "republish", "serve", "warn_if_not_ready"]

log = logging.getLogger(__name__)


def republish(settings: Settings) -> list[Path]:
    """Rebuild feed and site from the catalog of an existing output folder."""
    _require_output(settings.output_dir)
    written = publish.publish(settings.output_dir, settings.publish)
    warn_if_not_ready(settings)
    return written


def check(settings: Settings) -> list[Finding]:
    """What podcast directories would object to in the published show, blocking findings first."""
    return publish.check(settings.publish, settings.output_dir)


def for_this_machine(settings: Settings) -> bool:
    """Whether the show is still the local one `narrator serve` plays: the default base_url, deployed nowhere."""
    return settings.publish.base_url == PublishSettings.base_url and not settings.publish.deploy_to


def warn_if_not_ready(settings: Settings) -> None:
    """One warning, after publishing, when a directory would refuse the show; the run itself goes on.

    A show still for this machine only is not warned about: it is not meant for directories yet, and a
    warning on every first run would teach newcomers to skip warnings. `narrator check` still says it all.
    """
    local = for_this_machine(settings)
    if local and not log.isEnabledFor(logging.INFO):
        # Nothing would be said: checking opened the cover with Pillow and parsed the feed again after every
        # narration, 0.03 s after its last file was written.
        return
    problems = publish.blocking(check(settings))
    if not problems:
        return
    listed = "; ".join(finding.problem for finding in problems)
    if local:
        log.info("podcast directories would refuse this show: %s", listed)
        return
    log.warning("podcast directories would refuse this show: %s (`narrator check` says how to fix each)", listed)


def deploy(settings: Settings, target: str | None = None,
           on_sending: OnSending | None = None) -> DeployReport:
    """Mirror the output folder to target (default: publish.deploy_to), the feed last."""
    target = target or settings.publish.deploy_to
    if not target:
        raise ConfigError("nowhere to deploy to", hint="give --to URL or set publish.deploy_to in narrator.toml")
    _require_output(settings.output_dir)
    return publish.deploy(settings.output_dir, target, settings.publish, on_sending)


def remove(spec: str, settings: Settings) -> EpisodeRecord:
    """Take the episode made from a source (or with a GUID) out of the catalog, delete its files, republish."""
    _require_output(settings.output_dir)
    record = _find_episode(spec, settings)
    publish.remove(settings.output_dir, record.guid)
    publish.publish(settings.output_dir, settings.publish)
    return record


def _find_episode(spec: str, settings: Settings) -> EpisodeRecord:
    """The catalogued episode a GUID, an MP3's name, an article URL or a source names."""
    records = publish.episodes(settings.output_dir)
    guids = {audio.episode_guid(spec, spec), audio.episode_guid(None, spec)}
    for record in records:
        if spec in (record.guid, record.file, record.url) or record.guid in guids:
            return record
    with contextlib.suppress(NarratorError):  # a source named another way: its page may say its address
        meta = read(spec, settings).meta
        guid = audio.episode_guid(meta.url, spec, meta.title)
        for record in records:
            if record.guid == guid:
                return record
    raise InputError(f"no episode in {settings.output_dir} was made from it", origin=spec,
                     hint="name the source as it was narrated, the MP3's name, or the GUID from feed.xml")


def _require_output(output_dir: Path) -> None:
    """Refuse a folder narrate never wrote to (a typo would serve 404s or publish an empty show)."""
    if not publish.catalog_path(output_dir).is_file():
        raise ConfigError(f"no narrator output in {output_dir}",
                          hint="name the folder `narrator narrate` wrote to with --output, or narrate something first")


def serve(settings: Settings, host: str, port: int, on_ready: Callable[[str], None] | None = None) -> None:
    """Serve the output folder until interrupted; with the default base_url, feed and page point here."""
    _require_output(settings.output_dir)
    try:
        server = publish.make_server(settings.output_dir, host, port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(f"port {port} on {host} is already in use",
                              hint=f"stop the other server, or choose another port: --port {port + 1}") from exc
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror or exc})",
                          hint="check --host and --port") from exc
    try:
        address = f"http://{_reachable(host)}:{server.server_address[1]}/"
        if settings.publish.base_url == PublishSettings.base_url:
            # Links in the feed and page must reach this server, whatever port it was given.
            publish.publish(settings.output_dir, replace(settings.publish, base_url=address))
        if on_ready is not None:
            on_ready(address)
        server.serve_forever()
    finally:
        server.server_close()


def _reachable(host: str) -> str:
    """The name clients use for a listening address: the machine's name for "every interface"."""
    if host in {"", "0.0.0.0", "::"}:
        return socket.getfqdn()
    return f"[{host}]" if ":" in host else host
