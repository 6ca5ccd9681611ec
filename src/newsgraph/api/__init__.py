"""The HTTP API (FastAPI), served by ``newsgraph serve``."""
