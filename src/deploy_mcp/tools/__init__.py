"""The thin MCP layer: argument models, annotations, and calls into the core."""
