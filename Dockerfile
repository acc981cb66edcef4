FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY . .
RUN pip install --no-cache-dir -e . \
    && DEBUG=true python manage.py collectstatic --noinput
RUN useradd --create-home newsclaims
USER newsclaims
EXPOSE 8000
CMD ["gunicorn", "newsclaims.wsgi", "--bind", "0.0.0.0:8000", "--workers", "2", "--timeout", "60"]
