from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from . import multilingual

SearchBackend = multilingual(Elasticsearch8SearchBackend)
