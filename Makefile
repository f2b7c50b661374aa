# Set-up and everyday commands. Needs Python 3.11+ (python3) on PATH.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test evaluate clean

$(BIN)/newskg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	@touch $@

# Build exports/ from seeds/ and print where the HTML view is.
run: $(BIN)/newskg
	$(BIN)/newskg build seeds -o exports

# Install the test extras and run the whole suite.
test: $(BIN)/newskg
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/python -m pytest

# Score a fresh build of the sample pages and of the practice pages against the gold files.
evaluate: $(BIN)/newskg
	$(BIN)/newskg evaluate tests/gold/seeds -q
	$(BIN)/newskg evaluate tests/gold/extra --pages tests/pages/extra -q

clean:
	rm -rf $(VENV) build *.egg-info exports/store
