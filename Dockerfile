# deploy-mcp over streamable HTTP, for a host that reaches it on a network.
# Build: docker build -t deploy-mcp .
# Run:   docker run -p 8765:8765 -e DEPLOY_MCP_AUTH_TOKEN=... -e DEPLOY_MCP_ALLOWED_HOSTS=localhost:8765 \
#          -v ~/.dstack:/home/deploy/.dstack:ro -v ~/.kube:/home/deploy/.kube:ro deploy-mcp [flags...]
# The server refuses to start on 0.0.0.0 without a bearer token and an allowed-hosts list.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
COPY skills ./skills
RUN python -m venv /opt/deploy-mcp \
    && /opt/deploy-mcp/bin/pip install --no-cache-dir ".[server]"

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 deploy
COPY --from=build /opt/deploy-mcp /opt/deploy-mcp
# The embedded dstack server and the ledger live in the state directory (mount a volume there to keep them);
# ~/.dstack and ~/.kube are the user's, mounted read-only.
ENV PATH=/opt/deploy-mcp/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DEPLOY_MCP_STATE_DIR=/home/deploy/state \
    DEPLOY_MCP_DSTACK_SERVER_DIR=/home/deploy/state/dstack-server
USER 10001:10001
WORKDIR /home/deploy
EXPOSE 8765
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8765/healthz', timeout=4)"]
ENTRYPOINT ["deploy-mcp", "--transport", "http", "--host", "0.0.0.0", "--port", "8765"]
