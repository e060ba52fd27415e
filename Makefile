# Two commands for a newcomer: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= $(shell for p in python3.12 python3.11 python3.10 python3; do command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(not ((3,10) <= sys.version_info[:2] < (3,13)))' 2>/dev/null && echo $$p && break; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

I18N := src/edunode/ui/i18n
TS := $(wildcard $(I18N)/edunode_*.ts)
QM := $(TS:.ts=.qm)
UI_SOURCES = $(shell find src/edunode/ui -name '*.py')

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test bench demo soak check lint clean translations translations-update install \
	package package-test deb-cleanroot-test test-tools offline-kit

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "EduNode needs Python 3.10, 3.11 or 3.12"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dev]'
	@touch $(STAMP)

# The window's languages: each committed .ts source compiled to the .qm the app loads
# (with the lrelease that PySide6 ships); run, test and package depend on it.
translations: $(QM)

$(I18N)/%.qm: $(I18N)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing strings in ui/: add new ones to every .ts (marked unfinished for the
# translators), drop the ones gone. See docs/TRANSLATING.md.
translations-update: $(STAMP)
	for ts in $(TS); do \
		$(BIN)/pyside6-lupdate $(UI_SOURCES) -source-language en -locations none -no-obsolete \
			-ts $$ts || exit 1; \
	done

run: $(STAMP) translations
	env -u QT_QPA_PLATFORM $(BIN)/edunode $(ARGS)

# `edunode` on PATH: a link in ~/.local/bin (or PREFIX/bin) to this checkout's command.
PREFIX ?= $(HOME)/.local
install: $(STAMP) translations
	mkdir -p $(PREFIX)/bin
	ln -sf $(abspath $(BIN))/edunode $(PREFIX)/bin/edunode
	@echo "edunode is now $(PREFIX)/bin/edunode"
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "Add $(PREFIX)/bin to PATH, e.g.: echo 'export PATH=\"$(PREFIX)/bin:\$$PATH\"' >> ~/.profile";; esac

# The .desktop test needs desktop-file-validate (Debian's desktop-file-utils): installed here
# when it is missing and this is root with apt-get (as CI is); otherwise that test skips.
test-tools:
	@command -v desktop-file-validate >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "installing desktop-file-utils (the .desktop entry's test)"; \
			export DEBIAN_FRONTEND=noninteractive; \
			apt-get install -y -qq desktop-file-utils >/dev/null 2>&1 \
			|| { apt-get update -qq >/dev/null 2>&1 \
				&& apt-get install -y -qq desktop-file-utils >/dev/null 2>&1; } \
			|| echo "could not install desktop-file-utils: the .desktop test will skip"; \
		fi; }

test: $(STAMP) translations test-tools
	$(BIN)/python -m pytest -q -n 2 --dist loadfile $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench

demo: $(STAMP)
	$(BIN)/python -m edunode.demo

soak: $(STAMP)
	EDUNODE_SOAK_SECONDS=$${EDUNODE_SOAK_SECONDS:-300} $(BIN)/python -m pytest -q tests/sync/test_soak.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy --strict src/edunode/crdt src/edunode/domain src/edunode/store src/edunode/sync \
		src/edunode/service src/edunode/identity.py
	$(BIN)/mypy src/edunode/bundle src/edunode/cli src/edunode/config.py src/edunode/errors.py \
		src/edunode/events.py src/edunode/files src/edunode/controls.py src/edunode/explain.py \
		src/edunode/collation.py src/edunode/progress.py

check: lint test

# The frozen app (dist/edunode/), the .deb and the portable .tar.gz: packaging/README.md.
PKG_STAMP := $(VENV)/.packaging
$(PKG_STAMP): $(STAMP)
	$(BIN)/pip install --quiet 'pyinstaller==6.22.3' 'pyinstaller-hooks-contrib==2026.10'
	@touch $(PKG_STAMP)

package: $(PKG_STAMP) translations
	PYTHON=$(abspath $(BIN))/python packaging/build.sh

# dist/offline-kit/: the wheels for Windows and macOS and the install scripts that need no
# network (packaging/offline_kit.py, packaging/README.md); needs the package index.
offline-kit: $(STAMP) translations
	$(BIN)/python packaging/offline_kit.py build
	PYTHON=$(BIN)/python packaging/check_offline_kit.sh

# The built app run outside the virtualenv: version, init, serve, a screenshot, USB sync.
package-test:
	packaging/package_test.sh

# The .deb installed with apt in a clean Debian bookworm root (debootstrap, cached in
# /var/cache/edunode-cleanroot) and started there; root only. DEB=path to test another .deb.
# About 75 s with the root cached, 3 minutes without; .ci/run runs it (not `make test`).
deb-cleanroot-test:
	DEB="$(DEB)" packaging/cleanroot_test.sh

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info $(QM)
