"""The web UI: server-rendered pages, assets bundled in the package."""
