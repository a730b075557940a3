# The two commands: `make serve` (develop) and `make test` (everything).
.PHONY: serve test dist check bench

serve: ## Serve the site with its shipped content at http://127.0.0.1:8080/
	scripts/setup.sh build
	PATH="$$(scripts/setup.sh --print-path)" trunk serve

test: ## Install what the tests need and run them all
	scripts/test.sh

PUBLIC_URL ?= /
CONTENT ?= public/content
COMPRESS ?= 1

dist: ## Build the deployable bundle into dist/ (PUBLIC_URL=/sub/path/, CONTENT=<content dir>, COMPRESS=0: no .br/.gz)
	scripts/setup.sh build
	CONTENT=$(CONTENT) COMPRESS=$(COMPRESS) scripts/build-dist.sh dist $(PUBLIC_URL)

check: ## Check the content files only
	cargo run --quiet --bin content-check -- public/content

bench: ## Sizes, timings against a static floor, a 5,000-article archive, and Lighthouse
	scripts/bench.sh
