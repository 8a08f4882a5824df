from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend

from . import multilingual

SearchBackend = multilingual(OpenSearch2SearchBackend)
