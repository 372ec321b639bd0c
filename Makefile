# narrator: `make demo` narrates examples/ into output/; `make test` runs the tests.
# Both set everything up first: Debian packages (ffmpeg, espeak-ng) when missing, a venv, the package.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-dev

.PHONY: all setup system-deps demo test bench lint typecheck clean

all: demo

# Debian packages: installed with apt-get when root, otherwise the exact command is printed.
# ffmpeg and espeak-ng are required; gpodder (the `gpo` podcast client), openssh-server (the sshd that the
# sftp deploy test starts on 127.0.0.1) and chromium with chromium-driver (the page driven in a real
# browser) are only used by tests.
system-deps:
	@missing=""; optional=""; \
	command -v ffmpeg >/dev/null 2>&1 || missing="$$missing ffmpeg"; \
	command -v espeak-ng >/dev/null 2>&1 || missing="$$missing espeak-ng"; \
	$(PYTHON) -c 'import venv, ensurepip' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	command -v gpo >/dev/null 2>&1 || optional=" gpodder"; \
	[ -x /usr/sbin/sshd ] || optional="$$optional openssh-server"; \
	command -v chromedriver >/dev/null 2>&1 || optional="$$optional chromium chromium-driver"; \
	if [ -n "$$missing$$optional" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian packages:$$missing$$optional"; \
	    apt-get update -qq; \
	    if [ -n "$$missing" ]; then \
	      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	    fi; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$optional >/dev/null \
	      || echo "note: could not install$$optional; the tests that need them are skipped"; \
	  elif [ -n "$$missing" ]; then \
	    echo "narrator needs:$$missing"; \
	    echo "run:  sudo apt-get update && sudo apt-get install -y$$missing$$optional"; \
	    exit 1; \
	  else \
	    echo "note: tests needing$$optional are skipped (sudo apt-get install -y$$optional)"; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,dask]'
	@touch $(STAMP)

# An editable install leaves narrator's own modules uncompiled, and where PYTHONDONTWRITEBYTECODE is set (as on
# our build machines) every command compiled them again: 0.2 s of each start. pip compiles a regular install.
setup: system-deps $(STAMP)
	@$(BIN)/python -m compileall -q narrator >/dev/null

demo: setup
	$(BIN)/narrator narrate examples/ --output output
	@echo "episodes in output/episodes/, feed at output/feed.xml; listen with: $(BIN)/narrator serve"
	@echo "narrator is in $(BIN)/: run it as $(BIN)/narrator, or first: . $(BIN)/activate"

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check narrator tests benchmarks
	$(BIN)/mypy narrator

bench: setup
	$(BIN)/python -m pip install -q -e '.[dev,dask,bench]'
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf output/episodes output/feed.xml output/index.html output/catalog.sqlite output/.cache
