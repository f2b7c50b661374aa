"""newskg: Chinese news pages in, knowledge graph out."""
__version__ = "0.1.0"
