"""The Kubernetes target: a dstack service spec rendered to a Deployment and a Service (``render``), applied
and watched on the user's cluster. Nothing here imports the ``kubernetes`` client at module level."""
