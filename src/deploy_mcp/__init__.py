"""deploy-mcp: an MCP server that deploys model-inference services through dstack and Kubernetes."""

__version__ = "0.1.0"
