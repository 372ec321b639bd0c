"""sftp:// through fsspec and paramiko, the server checked against known_hosts (an unknown host is refused)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fsspec.utils import infer_storage_options

from narrator.errors import ConfigError, PublishError

log = logging.getLogger(__name__)

KNOWN_HOSTS = (Path("~/.ssh/known_hosts"), Path("/etc/ssh/ssh_known_hosts"))


def open_sftp(target: str, timeout_s: float) -> tuple[Any, str]:
    """Connect to sftp://user@host[:port]/path with keys from ~/.ssh or the agent; return (filesystem, path)."""
    try:
        import paramiko
        from fsspec.implementations.sftp import SFTPFileSystem
    except ImportError as exc:
        raise ConfigError("sftp:// needs paramiko", origin=target, hint="pip install paramiko") from exc

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
    host, port = options.get("host"), int(options.get("port") or 22)
    if not host or not options.get("path", "").startswith("/"):
        raise ConfigError("no host or folder named", origin=target, hint="use sftp://user@host[:port]/path")
    try:
        fs = KnownHostsSFTP(host, port=port, username=options.get("username"), timeout=timeout_s,
                            banner_timeout=timeout_s, auth_timeout=timeout_s, skip_instance_cache=True)
    except paramiko.BadHostKeyException as exc:
        raise PublishError(f"the host key of {host} does not match known_hosts", origin=target,
                           hint="if the server really changed its key, remove the old one with ssh-keygen -R "
                                f"'{_known_name(host, port)}'; otherwise someone may be in between") from exc
    except paramiko.AuthenticationException as exc:
        raise PublishError(f"login refused ({exc})", origin=target,
                           hint="check the user name, and that your key (~/.ssh or the agent) is authorised") from exc
    except paramiko.SSHException as exc:
        if "known_hosts" in str(exc):
            raise PublishError(f"{_known_name(host, port)} is not in known_hosts", origin=target,
                               hint=f"connect once with ssh -p {port} {host} and check the fingerprint") from exc
        raise PublishError(f"cannot connect ({exc})", origin=target, hint="check the address and port") from exc
    except (OSError, EOFError) as exc:
        raise PublishError(f"cannot connect ({exc})", origin=target, hint="check the address and port") from exc
    log.debug("%s: connected", target)
    return fs, str(options["path"]).rstrip("/")


def _known_name(host: str, port: int) -> str:
    """How known_hosts names the server: the host, or [host]:port off the standard port."""
    return host if port == 22 else f"[{host}]:{port}"
