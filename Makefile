# The two commands the README promises on a fresh Debian/Ubuntu machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

.PHONY: system venv demo test lint golden bench clean messages

system:
	@bash .ci/system-packages.sh

venv: $(VENV)/.installed

$(VENV)/.installed: setup.cfg
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

lint: venv
	$(BIN)/ruff check .
	$(BIN)/mypy normalizers extractor reconcile

# Exit code 1 only means "findings at or above --fail-on": the demo corpus has real inconsistencies.
# The demo reads the report documents only, not corpus/prose/ (the prose development set, whose
# planted copies would be cross-checked against their originals as one district's documents).
DEMO_INPUTS := $(wildcard corpus/0*.txt) corpus/clean corpus/pdf
demo: system venv
	$(BIN)/doisoat reconcile $(DEMO_INPUTS) --format html -o report.html; rc=$$?; [ $$rc -le 1 ] || exit $$rc
	@echo "report written to $(CURDIR)/report.html"

# The suite runs on every core (pytest-xdist). Tests are dealt one by one with work stealing, not a
# file per worker: test_batch.py alone holds ~20 min of CPU under load (interrupt-and-resume runs of
# 20 documents), and a file per worker made it the critical path. `pytest` alone runs serially.
# The packages are byte-compiled first: the suite starts hundreds of Python processes (CLI runs, pool
# workers), and where PYTHONDONTWRITEBYTECODE is set none of them leaves a .pyc behind, so each would
# compile ~90 modules again (`import reconcile.cli`: ~1.4 s CPU from source, ~0.95 s from .pyc).
test: system venv lint
	$(BIN)/python -m compileall -q normalizers extractor reconcile
	$(BIN)/pytest -n auto --dist worksteal

golden: venv
	$(BIN)/doisoat golden

# Benchmarks compare against camelot (the bench extra), which the package itself does not need.
bench: venv
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) report.html .pytest_cache .ruff_cache .mypy_cache

# The message catalog (docs/messages.md): extract every message id from the source and templates,
# then bring the Vietnamese catalog in step (new ids arrive untranslated; a test fails until they are).
# click's own words (usage, errors, help) are extracted from the installed click into click.pot, so
# the command line speaks Vietnamese too (reconcile/cli_i18n.py). Vietnamese has one plural form
# (nplurals=1): when --init-missing creates click.po from the template, Babel warns "msg has more
# translations than num_plurals of catalog" once per counted phrase and keeps the one form (correct).
messages: venv
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k Np_:1,2 --no-location --sort-output --project doisoat \
		--copyright-holder doisoat -w 100 -o reconcile/locale/doisoat.pot .
	$(BIN)/pybabel update -D doisoat -i reconcile/locale/doisoat.pot -d reconcile/locale -l vi \
		--no-fuzzy-matching --ignore-obsolete -w 100
	$(BIN)/pybabel extract -k _ -k ngettext:1,2 --no-location --sort-output --project click \
		--copyright-holder "Pallets (click's own words)" -w 100 -o reconcile/locale/click.pot \
		"$$($(PY) -c 'import click, os; print(os.path.dirname(click.__file__))')"
	$(BIN)/pybabel update -D click -i reconcile/locale/click.pot -d reconcile/locale -l vi \
		--no-fuzzy-matching --ignore-obsolete -w 100 --init-missing
