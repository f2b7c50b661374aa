"""The merged knowledge graph and its exports."""
