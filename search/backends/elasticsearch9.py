from modelsearch.backends.elasticsearch9 import Elasticsearch9SearchBackend

from . import multilingual

SearchBackend = multilingual(Elasticsearch9SearchBackend)
