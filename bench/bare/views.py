"""One plain function view returning about 10 KB of HTML, built once at import."""

from django.http import HttpRequest, HttpResponse

CARD = (
    '<li class="card"><h3 class="card__title"><a href="/en/clusters/cluster-{n}/">Cluster {n}</a></h3>'
    '<p class="card__meta">Casablanca, Morocco · since 2010</p>'
    "<p>A cluster of industrial companies, universities and startups working together on shared projects.</p></li>\n"
)
BODY = "".join(CARD.format(n=n) for n in range(1, 37))
HTML = (
    '<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<title>Bare baseline</title></head>\n"
    f'<body><main><h1>Bare baseline</h1><ul class="card-grid">\n{BODY}</ul></main></body>\n</html>\n'
).encode()


def page(request: HttpRequest) -> HttpResponse:
    return HttpResponse(HTML, content_type="text/html; charset=utf-8")
