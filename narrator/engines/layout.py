"""A Piper voice's graph rewritten once per machine for onnxruntime's blocked convolutions, and cached.

A Piper voice is a VITS model whose time goes to 1-D convolutions (its HiFi-GAN decoder's are 70% of a
sentence's CPU). onnxruntime runs a 1-D convolution as im2col and a matrix product, but a 2-D one with its
own kernels over a blocked memory layout (NCHWc). Written as 2-D convolutions of height one, the same
weights give the same samples (at most 2 in 32767 apart) for less CPU: the seed page's sentences on one
thread in 5.0-5.4 s against 6.1-6.6 s, on two threads at once 2.8-3.2 s against 3.1-3.7 s (2026-12-03).
Its three upsampling layers, transposed convolutions (which have no blocked kernel), are written as ordinary
convolutions whose output channels are the phases of the upsampled signal, then interleaved: 3% less again.
onnxruntime's optimised form of the rewritten graph is cached per machine (it holds weights laid out for
this CPU), so later loads skip the rewrite (0.9 s) and the optimisation (1.1 s). Its weights are kept in a file
beside the graph, which onnxruntime maps into memory instead of reading and copying: a load then takes 0.10-0.15 s
of CPU and 4,600 page faults against 0.24-0.35 s and 35,800 with the weights inside the graph (2026-12-04), and
the first sentence waits for the load. Anything that fails here falls back to the voice as shipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import platform
from pathlib import Path
from typing import TYPE_CHECKING, Any

from narrator.files import atomic_path, remove_stale_parts, user_cache

if TYPE_CHECKING:
    from onnx import GraphProto, NodeProto, TensorProto
    from onnxruntime import InferenceSession

log = logging.getLogger(__name__)

LAYOUT_VERSION = "3"
"""Bumped when the rewrite changes, so that graphs cached by an older one are made again."""
_MEASURED_ON = frozenset({"x86_64", "amd64"})
"""Machines whose onnxruntime has the blocked kernels (on others its layout pass does nothing)."""
_HEIGHT = "narrator_height_axis"


def cache_dir() -> Path:
    """Where prepared voices are kept: the user's cache (XDG_CACHE_HOME, else ~/.cache), narrator/prepared."""
    return user_cache() / "prepared"


def session(model: Path, prepare: bool = True) -> InferenceSession:
    """An onnxruntime session for a Piper voice on one thread: the prepared graph when it can be had."""
    cached = _cached_path(model) if prepare and platform.machine().lower() in _MEASURED_ON else None
    if cached is not None and cached.is_file():
        try:
            return _open(str(cached), optimise=False)
        except Exception:  # a truncated or foreign file: made again below
            log.debug("prepared voice %s unreadable; preparing it again", cached, exc_info=True)
            with contextlib.suppress(OSError):  # a cache made read-only: the voice as shipped, below
                cached.unlink(missing_ok=True)
    if cached is not None:
        try:
            rewritten = _as_2d(model)
        except Exception:  # onnx missing, or a graph we do not know: the voice as shipped
            log.debug("voice %s not prepared", model, exc_info=True)
            rewritten = None
        if rewritten is not None:
            try:
                remove_stale_parts(cached.parent)
                made, weights = _prepared(rewritten, cached)
                _forget_older(cached, weights)
                return made
            except Exception:  # a read-only cache or a full disk: the voice as shipped
                log.debug("prepared voice %s not saved", cached, exc_info=True)
    return _open(str(model), optimise=False)


def _cached_path(model: Path) -> Path | None:
    """The prepared graph's file for this model, onnxruntime and CPU; None when the model cannot be read."""
    import onnxruntime

    try:
        stat = model.stat()
        folder = cache_dir()
    except (OSError, RuntimeError):  # RuntimeError: no home folder to expand "~" to
        return None
    machine = hashlib.sha256(f"{platform.machine()}\0{_cpu_flags()}".encode()).hexdigest()[:8]
    key = "\0".join((LAYOUT_VERSION, str(model.resolve()), str(stat.st_size), str(stat.st_mtime_ns),
                     onnxruntime.__version__))
    return folder / f"{model.stem}.{machine}.{hashlib.sha256(key.encode()).hexdigest()[:12]}.onnx"


def _prepared(rewritten: bytes, cached: Path) -> tuple[InferenceSession, Path]:
    """A session of the rewritten graph, optimised and saved as cached with its weights in a file of their own
    beside it (named by their digest, so that two processes preparing the voice at once write the same file);
    the session and the weights file."""
    with atomic_path(cached) as tmp:
        # Named like the graph's part file, so that a killed preparation's weights are removed as its graph is.
        part = tmp.with_name(tmp.name.removesuffix(".part") + ".weights.part")
        try:
            made = _open(rewritten, optimise=True, save_to=tmp, weights=part.name)
            digest = hashlib.sha256()
            with part.open("rb") as file:
                for block in iter(lambda: file.read(1 << 20), b""):
                    digest.update(block)
                os.fsync(file.fileno())
            weights = cached.with_name(f"{cached.name}.{digest.hexdigest()[:12]}.weights")
            os.chmod(part, 0o644)
            os.replace(part, weights)
            _weights_named(tmp, weights.name)
        finally:
            part.unlink(missing_ok=True)
    return made, weights


def _weights_named(graph_file: Path, name: str) -> None:
    """Point the saved graph's external initializers at the weights file called name (beside it)."""
    from onnx import ModelProto, TensorProto

    graph = ModelProto()
    graph.ParseFromString(graph_file.read_bytes())
    for tensor in graph.graph.initializer:
        if tensor.data_location == TensorProto.EXTERNAL:
            for entry in tensor.external_data:
                if entry.key == "location":
                    entry.value = name
    graph_file.write_bytes(graph.SerializeToString())


def _forget_older(cached: Path, weights: Path | None = None) -> None:
    """Remove what this machine prepared of the same voice before (an older model or onnxruntime): 60 MB each,
    and any weights file but the one of cached. Another machine's (a home shared over the network) is left to it."""
    stem, machine, _, _ = cached.name.rsplit(".", 3)
    for older in [*cached.parent.glob(f"{stem}.{machine}.*.onnx"), *cached.parent.glob(f"{stem}.{machine}.*.weights")]:
        if older not in (cached, weights):
            older.unlink(missing_ok=True)


def _cpu_flags() -> str:
    """The CPU's model and features: the blocked layout's width depends on them (AVX2 or AVX-512)."""
    try:
        lines = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return platform.processor()
    wanted = ("model name", "flags")
    return "\n".join(sorted({line for line in lines if line.split(":")[0].strip() in wanted}))


def _open(source: str | bytes, optimise: bool, save_to: Path | None = None,
          weights: str | None = None) -> InferenceSession:
    """A one-thread CPU session; optimised (and saved, with its weights in the file named weights beside it)
    only when the graph is prepared for the first time."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    # A model saved with the blocked layout makes onnxruntime warn that it suits this machine only; it is kept
    # per machine, so the warning would only alarm.
    options.log_severity_level = 3
    # Graph optimisations cost 0.5-0.7 s at every load of the voice as shipped and bought it nothing
    # (2026-12-01); the prepared graph is optimised once, when it is made, and saved so.
    options.graph_optimization_level = (onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL if optimise
                                        else onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL)
    if save_to is not None:
        options.optimized_model_filepath = str(save_to)
        if weights is not None:
            options.add_session_config_entry("session.optimized_model_external_initializers_file_name", weights)
            options.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes",
                                             "1024")
    return onnxruntime.InferenceSession(source, sess_options=options, providers=["CPUExecutionProvider"])


def _as_2d(model: Path) -> bytes | None:
    """The model with each 1-D convolution written as a 2-D one of height one; None when it has none."""
    import onnx
    from onnx import helper, numpy_helper

    proto = onnx.load(str(model))
    graph = proto.graph
    opset = next((o.version for o in proto.opset_import if o.domain in ("", "ai.onnx")), 0)
    weights = {tensor.name: tensor for tensor in graph.initializer}
    uses: dict[str, int] = {}
    for node in graph.node:
        for name in node.input:
            uses[name] = uses.get(name, 0) + 1
    nodes: list[NodeProto] = []
    rewritten = 0
    for node in graph.node:
        weight = weights.get(node.input[1]) if node.op_type in ("Conv", "ConvTranspose") and len(node.input) > 1 \
            else None
        attributes = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        if (weight is None or len(weight.dims) != 3 or uses.get(weight.name) != 1 or "output_shape" in attributes
                or attributes.get("auto_pad", b"NOTSET") not in (b"NOTSET", "NOTSET")):
            nodes.append(node)
            continue
        rewritten += 1
        phased = _as_phases(node, attributes, graph, weights, uses, opset) if node.op_type == "ConvTranspose" else None
        if phased is not None:
            nodes.extend(phased)
            continue
        weight.CopyFrom(numpy_helper.from_array(numpy_helper.to_array(weight)[:, :, None, :], weight.name))
        for name, height in (("kernel_shape", 1), ("strides", 1), ("dilations", 1), ("output_padding", 0)):
            if name in attributes:
                attributes[name] = [height, *attributes[name]]
        if "pads" in attributes:
            begin, end = attributes["pads"]
            attributes["pads"] = [0, begin, 0, end]
        tall, flat = f"{node.input[0]}.{rewritten}.2d", f"{node.output[0]}.2d"
        nodes.append(_axis_node("Unsqueeze", node.input[0], tall, opset))
        nodes.append(helper.make_node(node.op_type, [tall, *node.input[1:]], [flat], name=node.name, **attributes))
        nodes.append(_axis_node("Squeeze", flat, node.output[0], opset))
    if not rewritten:
        return None
    if opset >= 13:  # the axis is an input from opset 13 on, an attribute before
        import numpy as np

        graph.initializer.append(numpy_helper.from_array(np.array([2], dtype=np.int64), _HEIGHT))
    del graph.node[:]
    graph.node.extend(nodes)
    return bytes(proto.SerializeToString())


def _as_phases(node: NodeProto, attributes: dict[str, Any], graph: GraphProto, weights: dict[str, TensorProto],
               uses: dict[str, int], opset: int) -> list[NodeProto] | None:
    """A 1-D transposed convolution of stride s as a 2-D convolution with s times the output channels (one per
    phase of the upsampled signal) and a reshape that interleaves them; None when it is not of that kind.

    onnxruntime has no blocked kernel for transposed convolutions: the HiFi-GAN decoder's three upsampling layers
    took 0.26-0.27 s of the voice's 2.6-2.8 s of operator time on eight seed sentences, and 0.19-0.21 s written so
    (each phase uses two of the convolution's three taps, and the interleave is a transpose), 2026-12-03."""
    import numpy as np
    from onnx import helper, numpy_helper

    weight = weights[node.input[1]]
    bias = weights.get(node.input[2]) if len(node.input) > 2 and node.input[2] else None
    taps = numpy_helper.to_array(weight)  # [in, out, k]
    ins, outs, k = taps.shape
    stride = int(attributes.get("strides", [1])[0])
    begin, end = (int(pad) for pad in attributes.get("pads", [0, 0]))
    if (attributes.get("group", 1) != 1 or any(d != 1 for d in attributes.get("dilations", [1]))
            or any(attributes.get("output_padding", [0])) or stride < 2 or begin + end != k - stride
            or (len(node.input) > 2 and node.input[2] and (bias is None or uses.get(bias.name) != 1))):
        return None  # only the case whose output is exactly stride times the input's length
    # Output sample n*stride + r takes input sample n + a - m through tap q + m*stride, for m = 0, 1, ...
    phases = [divmod(r + begin, stride) for r in range(stride)]
    reach = [(a, q, -(-(k - q) // stride)) for a, q in phases]
    low, high = min(a - count + 1 for a, _, count in reach), max(a for a, _, _ in reach)
    if low > 0 or high < 0:
        return None
    phased = np.zeros((outs, stride, ins, high - low + 1), dtype=taps.dtype)
    for r, (a, q, count) in enumerate(reach):
        for m in range(count):
            phased[:, r, :, a - m - low] = taps[:, :, q + m * stride].T
    weight.CopyFrom(numpy_helper.from_array(phased.reshape(outs * stride, ins, 1, high - low + 1), weight.name))
    tall, phases_out = f"{node.output[0]}.input.2d", f"{node.output[0]}.phases"  # output names are unique
    inputs = [tall, weight.name]
    if bias is not None:
        bias.CopyFrom(numpy_helper.from_array(np.repeat(numpy_helper.to_array(bias), stride), bias.name))
        inputs.append(bias.name)
    grouped, flat = f"{node.output[0]}.grouped", f"{node.output[0]}.interleaved"
    for name, shape in ((grouped, [0, outs, stride, -1]), (flat, [0, outs, -1])):
        graph.initializer.append(numpy_helper.from_array(np.array(shape, dtype=np.int64), name + ".shape"))
    return [
        _axis_node("Unsqueeze", node.input[0], tall, opset),
        helper.make_node("Conv", inputs, [phases_out], name=node.name, kernel_shape=[1, high - low + 1],
                         pads=[0, -low, 0, high]),
        helper.make_node("Reshape", [phases_out, grouped + ".shape"], [grouped]),
        helper.make_node("Transpose", [grouped], [flat], perm=[0, 1, 3, 2]),
        helper.make_node("Reshape", [flat, flat + ".shape"], [node.output[0]]),
    ]


def _axis_node(op: str, source: str, target: str, opset: int) -> NodeProto:
    """Unsqueeze or Squeeze of the height axis (2), in the form the model's opset takes."""
    from onnx import helper

    if opset >= 13:
        return helper.make_node(op, [source, _HEIGHT], [target])
    return helper.make_node(op, [source], [target], axes=[2])
