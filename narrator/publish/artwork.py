"""The show's cover, output/cover.jpg: the user's image checked and converted, or one made from the title.

Apple Podcasts and Spotify want square RGB JPEG or PNG artwork of 1400 to 3000 px; Apple asks for at most
512 KB. The cover is always written as a 3000 x 3000 baseline JPEG under that size, and only replaced when
its bytes change (a re-publish must not make a deploy send it again). A cover once made is also kept in the
user's cache by what it was made from, so that a new output folder gets it without making it again.
"""

from __future__ import annotations

import colorsys
import functools
import hashlib
import io
import logging
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from narrator.config import PublishSettings
from narrator.errors import ConfigError, PublishError
from narrator.files import user_cache, write_bytes

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont

log = logging.getLogger(__name__)

COVER_NAME = "cover.jpg"
SIZE = 3000
MIN_SIZE = 1400
MAX_BYTES = 512 * 1024
MADE_FROM_NAME = ".cover-source"
"""Beside the cover, what it was made from (hidden: never deployed), so that it is only made again on a change."""
COVER_VERSION = "1"
"""Raised when the cover's design changes, so that covers are made again."""
FONTS = ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "NotoSans-Bold.ttf", "FreeSansBold.ttf",
         "NotoSansCJK-Bold.ttc", "DroidSansFallbackFull.ttf", "wqy-zenhei.ttc")
"""Bold sans faces tried in order (Pillow finds them in the system font folders); the first that has every
letter of the title is used. fonts-dejavu-core is on almost every Debian (Latin, Greek, Cyrillic); the
CJK faces come from fonts-noto-cjk and the like when installed; Pillow's own face is the last resort."""
Font: TypeAlias = "ImageFont.FreeTypeFont | ImageFont.ImageFont | ImageFont.TransposedFont"
RGB = tuple[int, int, int]


def is_remote(image: str) -> bool:
    """publish.image names a URL (used as it is) rather than a local file (converted)."""
    return image.lower().startswith(("http://", "https://"))


def write_cover(settings: PublishSettings, output_dir: Path) -> Path | None:
    """Write output_dir/cover.jpg from publish.image or the title; None when the image is a URL."""
    if settings.image and is_remote(settings.image):
        return None
    target, made_from = output_dir / COVER_NAME, output_dir / MADE_FROM_NAME
    source = _source(settings)
    if source is not None and target.is_file() and _read(made_from) == source:
        return target  # made from this very title or image already: making it again costs 0.1-0.5 s
    data = _made_before(source)
    if data is None:
        data = convert(Path(settings.image).expanduser()) if settings.image else generate(settings.title)
        _keep_made(source, data)
    try:
        if not target.is_file() or target.read_bytes() != data:
            write_bytes(target, data)
        if source is not None:
            write_bytes(made_from, source.encode("utf-8"))
    except OSError as exc:
        raise PublishError(f"cannot write the cover ({exc})", origin=str(target),
                           hint="check free space and permissions") from exc
    return target


def _source(settings: PublishSettings) -> str | None:
    """What the cover is made from: the title, or the image file as it is now (None when it can't be read)."""
    if not settings.image:
        return f"{COVER_VERSION} title {settings.title}"
    try:
        path = Path(settings.image).expanduser().resolve()
        stat = path.stat()
    except OSError:
        return None  # convert() says what is wrong with it
    return f"{COVER_VERSION} image {path} {stat.st_size} {stat.st_mtime_ns}"


def made_dir() -> Path:
    """Where covers once made are kept: the user's cache (XDG_CACHE_HOME, else ~/.cache), narrator/covers."""
    return user_cache() / "covers"


def _made_path(source: str) -> Path:
    """The cached cover's file: named by the source and Pillow's version (another may draw it otherwise)."""
    import PIL  # its package alone: under a millisecond, where PIL.Image costs 20 ms

    key = f"{source}\0{PIL.__version__}"
    return made_dir() / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}.jpg"


def _made_before(source: str | None) -> bytes | None:
    """The cover made from this very source before, in any output folder; None when there is none."""
    if source is None:
        return None
    try:
        data = _made_path(source).read_bytes()
    except (OSError, RuntimeError):  # RuntimeError: no home folder to expand "~" to
        return None
    # Only a whole JPEG (start and end markers): a file cut short or overwritten would be published as the cover.
    return data if data.startswith(b"\xff\xd8") and data.rstrip(b"\0").endswith(b"\xff\xd9") else None


def _keep_made(source: str | None, data: bytes) -> None:
    """Keep a cover just made in the user's cache (a cold run in a new folder made it in 0.2-0.5 s of CPU before
    its first sentence was voiced); a cache that cannot be written only costs making it again."""
    if source is None:
        return
    try:
        write_bytes(_made_path(source), data)
    except (OSError, RuntimeError) as exc:
        log.debug("cover not kept in the user's cache (%s)", exc)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def palette(title: str) -> tuple[RGB, RGB, RGB]:
    """Two background colours and an accent, from a hash of the title: each show looks different."""
    digest = hashlib.sha256(title.strip().casefold().encode("utf-8")).digest()
    hue = digest[0] / 255
    turn = 0.08 + digest[1] / 255 * 0.17  # the gradient's second colour sits 30 to 90 degrees along
    top = _rgb(hue, 0.65, 0.42)
    bottom = _rgb((hue + turn) % 1.0, 0.75, 0.18)
    accent = _rgb((hue + 0.5) % 1.0, 0.55, 0.95)
    return top, bottom, accent


def _rgb(hue: float, saturation: float, value: float) -> RGB:
    red, green, blue = colorsys.hsv_to_rgb(hue, saturation, value)
    return round(red * 255), round(green * 255), round(blue * 255)


@functools.lru_cache(maxsize=4)  # narrate embeds the cover, then publish writes it: made once per run
def generate(title: str) -> bytes:
    """A 3000 x 3000 cover: a gradient in the title's colours, a row of bars, the title set large in white."""
    # Pillow costs 20 ms to import, which every start paid before the voice could load; most runs find the
    # cover made already.
    from PIL import ImageDraw

    top, bottom, accent = palette(title)
    image = _gradient(top, bottom)
    draw = ImageDraw.Draw(image)
    _bars(draw, title, accent)
    font, lines = fit_title(title or "Podcast", width=SIZE - 2 * 300, height=1500)
    spacing = round(_size(font) * 0.18)
    draw.multiline_text((SIZE // 2, 1150), "\n".join(lines), font=font, fill=(255, 255, 255), anchor="mm",
                        align="center", spacing=spacing)
    return to_jpeg(image)


def _gradient(top: RGB, bottom: RGB) -> Image.Image:
    """A vertical gradient from top to bottom, made small and scaled up (smooth and fast)."""
    from PIL import Image  # see generate

    column = Image.new("RGB", (1, 256))
    for y in range(256):
        share = y / 255
        column.putpixel((0, y), tuple(round(a + (b - a) * share) for a, b in zip(top, bottom, strict=True)))
    # Every column is the same: scaling one and repeating it makes the very same pixels as scaling the
    # whole square, in 0.005-0.03 s of CPU instead of 0.07-0.1 s (a cold run makes the cover before any voicing).
    return column.resize((1, SIZE), Image.Resampling.BICUBIC).resize((SIZE, SIZE), Image.Resampling.NEAREST)


def _bars(draw: ImageDraw.ImageDraw, title: str, accent: RGB) -> None:
    """A sound-wave motif under the title, its bar heights taken from the title's hash."""
    heights = hashlib.sha256(("bars:" + title).encode("utf-8")).digest()[:24]
    width, gap = 60, 40
    left = (SIZE - len(heights) * (width + gap) + gap) // 2
    middle = 2450
    for index, byte in enumerate(heights):
        half = 40 + byte * 220 // 255
        x = left + index * (width + gap)
        draw.rounded_rectangle((x, middle - half, x + width, middle + half), radius=width // 2, fill=accent)


def face_for(title: str) -> str | None:
    """The first installed face in FONTS that has every letter of the title; None for Pillow's own."""
    from PIL import ImageFont  # see generate

    installed = []
    for name in FONTS:
        try:
            font = ImageFont.truetype(name, 40)
        except OSError:
            continue
        installed.append(name)
        if _covers(font, title):
            return name
    if installed:
        log.warning("no installed font has every letter of the title %r; the cover shows boxes for some (give "
                    "publish.image, or install fonts-noto-cjk)", title)
        return installed[0]
    return None


def _covers(font: ImageFont.FreeTypeFont, text: str) -> bool:
    """Whether the font draws each character as something other than its box for a missing glyph."""
    from PIL import Image  # see generate

    def drawn(char: str) -> tuple[tuple[int, int], bytes]:
        mask = font.getmask(char)
        return mask.size, Image.frombytes("L", mask.size, bytes(mask)).tobytes() if mask.size[0] else b""

    missing = drawn("\U0010fffd")  # a private-use code point no face draws
    return all(drawn(char) != missing for char in set(text) if not char.isspace())


def _font(size: int, face: str | None) -> Font:
    """The face at this size, else Pillow's built-in one."""
    from PIL import ImageFont  # see generate

    return ImageFont.truetype(face, size) if face else ImageFont.load_default(size)


def _size(font: Font) -> int:
    return int(getattr(font, "size", 10))


def fit_title(title: str, width: int, height: int) -> tuple[Font, list[str]]:
    """The largest font size (420 px down to 120) at which the wrapped title fits the box."""
    words = " ".join(title.split())
    face = face_for(words)
    for size in range(420, 119, -20):
        font = _font(size, face)
        average = max(1.0, font.getlength("abcdefghijklmnopqrstuvwxyz") / 26)
        lines = textwrap.wrap(words, max(1, int(width / average)), break_long_words=True) or [words]
        line_height = size * 1.18
        if all(font.getlength(line) <= width for line in lines) and len(lines) * line_height <= height:
            return font, lines
    font = _font(120, face)
    lines = textwrap.wrap(words, max(1, int(width / (_size(font) * 0.6))))
    fitting = int(height // (120 * 1.18))
    if len(lines) > fitting:  # a title this long is cut; the feed still carries it whole
        lines = [*lines[: fitting - 1], lines[fitting - 1].rstrip(" .,;:") + "…"]
    return font, lines


def convert(path: Path) -> bytes:
    """The user's image as the cover: EXIF-rotated, centre-cropped square, RGB on white, 3000 px JPEG."""
    from PIL import Image, ImageOps, UnidentifiedImageError  # see generate

    try:
        with Image.open(path) as opened:
            opened.load()
            image = ImageOps.exif_transpose(opened)
    except FileNotFoundError as exc:
        raise ConfigError("artwork not found", origin=str(path),
                           hint="fix publish.image, or remove it to have a cover made from the title") from exc
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise ConfigError(f"artwork is not an image Pillow can read ({exc})", origin=str(path),
                           hint="give a JPEG or PNG of at least 1400 x 1400 px") from exc
    side = min(image.size)
    if side < MIN_SIZE:
        log.warning("%s: artwork is %d x %d px; directories want at least %d px square, so it is scaled up "
                    "and will look soft (give a larger image)", path, *image.size, MIN_SIZE)
    if image.width != image.height:
        log.info("%s: artwork is %d x %d px; its centre is cropped to a square", path, *image.size)
    square = ImageOps.fit(_flatten(image), (SIZE, SIZE), Image.Resampling.LANCZOS)
    return to_jpeg(square)


def _flatten(image: Image.Image) -> Image.Image:
    """RGB without alpha: transparent parts become white, as apps would otherwise show them black."""
    from PIL import Image  # see generate

    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def to_jpeg(image: Image.Image) -> bytes:
    """Baseline JPEG no larger than MAX_BYTES: the highest quality from 92 down that fits."""
    data = b""
    for quality in range(92, 29, -6):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=False)
        data = buffer.getvalue()
        if len(data) <= MAX_BYTES:
            return data
    raise PublishError(f"the cover is still {len(data) // 1024} KB at JPEG quality 32",
                       hint="give a simpler image as publish.image")
