from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from . import multilingual

SearchBackend = multilingual(OpenSearch3SearchBackend)
