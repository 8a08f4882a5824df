# The portal's image: gunicorn serving portal.wsgi, also used by the Celery worker and beat.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system --gid 10001 medclusters \
    && useradd --system --uid 10001 --gid medclusters --home-dir /app --shell /usr/sbin/nologin medclusters

WORKDIR /app

COPY requirements.txt .
RUN pip install --requirement requirements.txt

# The code stays owned by root: the portal's user can write only under var/.
COPY . .

# Static files and translations are built into the image. The key and the Redis URL below
# only let the production settings load for these build steps (nothing connects to Redis);
# the running containers get theirs from the environment.
RUN export DJANGO_ENV=production REDIS_URL=redis://build-only:6379/1 \
    SECRET_KEY=build-only-placeholder-key-never-used-at-runtime-0123456789abcdef \
    && python manage.py collectstatic --noinput \
    && python manage.py compile_translations \
    && mkdir -p var/media var/mail \
    && chown -R medclusters:medclusters var

USER medclusters

EXPOSE 8000

CMD ["gunicorn", "portal.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
