"""JSON API routes."""

from __future__ import annotations

from fastapi import APIRouter, Request

router = APIRouter()


@router.get("/health")
def health(request: Request) -> dict:
    return {"status": "ok", "articles": request.app.state.store.count_articles()}
