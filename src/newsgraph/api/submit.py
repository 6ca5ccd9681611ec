"""Writing through the API: an article (text, HTML or URL) goes to the job queue.

The response is 202 with the job; a client polls ``GET /api/jobs/{id}`` (the Location header)
until ``status`` is ``done`` (then ``article_id`` names the stored record) or ``failed``.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status

from newsgraph.api.auth import require_write
from newsgraph.api.schemas import ArticleSubmission, JobOut, Problem
from newsgraph.config import get_settings

router = APIRouter(dependencies=[Depends(require_write)],
                   responses={401: {"model": Problem, "description": "The API token is missing or wrong"},
                              403: {"model": Problem, "description": "The server accepts no writes"}})


@router.post("/articles", status_code=status.HTTP_202_ACCEPTED, response_model=JobOut,
             responses={413: {"model": Problem}}, summary="Submit an article for processing (needs the API token)")
def submit_article(request: Request, response: Response, submission: ArticleSubmission) -> dict:
    body = submission.text if submission.text is not None else submission.html
    limit = get_settings().max_input_bytes
    if body is not None and len(body.encode("utf-8")) > limit:
        raise HTTPException(status.HTTP_413_REQUEST_ENTITY_TOO_LARGE, detail=f"the article is over the {limit:,}-byte limit")
    # "replace" only when asked, so that the payloads of ordinary submissions stay as they were.
    payload = submission.model_dump(exclude_none=True, exclude={"ref"} if submission.replace else {"ref", "replace"})
    job = request.app.state.store.jobs.submit(submission.kind, payload, ref=submission.ref or submission.url)
    response.headers["Location"] = f"{request.scope.get('root_path', '')}/api/jobs/{job.id}"
    return job.public()
