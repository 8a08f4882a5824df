"""The portal's WSGI application, answering with the number of SQL queries each request ran in an
`X-SQL-Queries` header. Served by bench/search.py only (`bench.counting_wsgi:application`)."""

from contextlib import ExitStack

from django.db import connections

from portal.wsgi import application as portal


def application(environ, start_response):
    count = 0

    def counted(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    def start_with_count(status, headers, exc_info=None):
        # Django calls it once the response is built: every query of the view has run.
        return start_response(status, [*headers, ("X-SQL-Queries", str(count))], exc_info)

    with ExitStack() as stack:
        for connection in connections.all():
            stack.enter_context(connection.execute_wrapper(counted))
        return portal(environ, start_with_count)
