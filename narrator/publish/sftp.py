"""sftp:// through fsspec and paramiko, the server checked against known_hosts (an unknown host is refused)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fsspec.utils import infer_storage_options

from narrator.errors import ConfigError, PublishError

log = logging.getLogger(__name__)

KNOWN_HOSTS = (Path("~/.ssh/known_hosts"), Path("/etc/ssh/ssh_known_hosts"))
SSH_CONFIG = Path("~/.ssh/config")


def open_sftp(target: str, timeout_s: float) -> tuple[Any, str]:
    """Connect to sftp://user@host[:port]/path with keys from ~/.ssh or the agent; return (filesystem, path)."""
    try:
        import paramiko
        from fsspec.implementations.sftp import SFTPFileSystem
    except ImportError as exc:
        raise ConfigError("sftp:// needs paramiko", origin=target, hint="pip install 'narrator-podcast[sftp]'") from exc

    class KnownHostsSFTP(SFTPFileSystem):  # type: ignore[misc]
        """fsspec's SFTP, except that the host key must already be in known_hosts."""

        def _connect(self) -> None:
            self.client = paramiko.SSHClient()
            for path in KNOWN_HOSTS:
                if path.expanduser().is_file():
                    self.client.load_system_host_keys(str(path.expanduser()))
            # fsspec's default would accept and remember any key: a man in the middle would go unnoticed.
            self.client.set_missing_host_key_policy(paramiko.RejectPolicy())
            self.client.connect(self.host, **self.ssh_kwargs)
            self.ftp = self.client.open_sftp()
            self.ftp.get_channel().settimeout(timeout_s)

    options = infer_storage_options(target)
    if not options.get("host") or not options.get("path", "").startswith("/"):
        raise ConfigError("no host or folder named", origin=target, hint="use sftp://user@host[:port]/path")
    host, port, user, keys = _ssh_config(str(options["host"]), options.get("port"), options.get("username"))
    try:
        fs = KnownHostsSFTP(host, port=port, username=user, key_filename=keys or None, timeout=timeout_s,
                            banner_timeout=timeout_s, auth_timeout=timeout_s, skip_instance_cache=True)
    except (paramiko.SSHException, OSError, EOFError) as exc:
        raise _connect_error(exc, target, host, port) from exc
    log.debug("%s: connected", target)
    return fs, str(options["path"]).rstrip("/")


def _known_name(host: str, port: int) -> str:
    """How known_hosts names the server: the host, or [host]:port off the standard port."""
    return host if port == 22 else f"[{host}]:{port}"


def _ssh_config(alias: str, port: Any, user: Any) -> tuple[str, int, str | None, list[str]]:
    """Host, port, user and key files for alias from ~/.ssh/config (what the URL names wins)."""
    import paramiko

    path = SSH_CONFIG.expanduser()
    found: dict[str, Any] = paramiko.SSHConfig.from_path(str(path)).lookup(alias) if path.is_file() else {}
    return (str(found.get("hostname") or alias), int(port or found.get("port") or 22),
            str(user or found.get("user") or "") or None,
            [str(k) for k in found.get("identityfile", []) if Path(k).is_file()])


def _connect_error(exc: Exception, target: str, host: str, port: int) -> PublishError:
    """The one line for a connection that failed: an unknown or changed host key, a refused login, no answer."""
    import paramiko

    name = _known_name(host, port)
    if isinstance(exc, paramiko.BadHostKeyException):
        return PublishError(f"the host key of {name} does not match known_hosts", origin=target,
                            hint=f"if the server really changed its key, remove the old one with ssh-keygen -R "
                                 f"'{name}'; otherwise someone may be in between")
    if isinstance(exc, paramiko.AuthenticationException):
        return PublishError(f"login refused ({exc})", origin=target,
                            hint="check the user name, and that your key (~/.ssh or the agent) is authorised")
    if isinstance(exc, paramiko.SSHException) and "known_hosts" in str(exc):
        return PublishError(f"{name} is not in known_hosts", origin=target,
                            hint=f"connect once with ssh -p {port} {host} and check the fingerprint")
    return PublishError(f"cannot connect ({exc})", origin=target, hint="check the address and port")
